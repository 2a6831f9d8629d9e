using CradleToCareer.Application.Transcripts;

namespace CradleToCareer.Application.Tests.Transcripts;

public sealed class TranscriptVerificationCodesTests
{
    [Fact]
    public void A_new_code_is_four_groups_of_four_symbols_of_the_alphabet()
    {
        var code = TranscriptVerificationCodes.New();

        Assert.Matches("^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$", code);
        Assert.True(TranscriptVerificationCodes.IsWellFormed(code));
        Assert.Equal(code, TranscriptVerificationCodes.Normalize(code));
    }

    [Fact]
    public void The_alphabet_leaves_out_symbols_read_alike()
    {
        Assert.All("0O1IL", symbol => Assert.DoesNotContain(symbol, TranscriptVerificationCodes.Alphabet));
        Assert.Equal(31, TranscriptVerificationCodes.Alphabet.Distinct().Count());
    }

    [Fact]
    public void New_codes_differ_and_use_every_symbol_of_the_alphabet()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => TranscriptVerificationCodes.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(
            TranscriptVerificationCodes.Alphabet.Order(),
            codes.SelectMany(code => code.Replace("-", "")).Distinct().Order());
    }

    [Theory]
    [InlineData("7kqm-xr4t-9hvc-2wpa")]
    [InlineData("7KQMXR4T9HVC2WPA")]
    [InlineData("7KQM XR4T 9HVC 2WPA")]
    [InlineData(" 7kqm-XR4T 9hvc2wpa ")]
    [InlineData("7K-QMXR-4T9H-VC2W-PA")]
    public void A_code_is_read_in_any_case_with_or_without_dashes_and_spaces(string typed)
    {
        Assert.True(TranscriptVerificationCodes.IsWellFormed(typed));
        Assert.Equal("7KQM-XR4T-9HVC-2WPA", TranscriptVerificationCodes.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7KQM-XR4T-9HVC")]
    [InlineData("7KQM-XR4T-9HVC-2WPA-A")]
    [InlineData("7KQM-XR4T-9HVC-2WP0")]
    [InlineData("7KQM-XR4T-9HVC-2WPO")]
    [InlineData("7KQM-XR4T-9HVC-2WP1")]
    [InlineData("7KQM-XR4T-9HVC-2WPI")]
    [InlineData("7KQM-XR4T-9HVC-2WPL")]
    [InlineData("7KQM_XR4T_9HVC_2WPA")]
    [InlineData("7KQM-XR4T-9HVC-2WPÀ")]
    public void Anything_else_is_not_a_code(string? typed)
    {
        Assert.False(TranscriptVerificationCodes.IsWellFormed(typed));
        Assert.Null(TranscriptVerificationCodes.Normalize(typed));
    }

    [Theory]
    [InlineData("7KQM-XR4T-9HVC-2WPA", true)]
    [InlineData("7kqm xr4t 9hvc 2wpa", true)]
    [InlineData("7KQM-XR4T-9HVC-2WPB", false)]
    [InlineData("7KQM-XR4T-9HVC", false)]
    [InlineData(null, false)]
    public void A_presented_code_matches_the_issued_one_in_any_written_form(string? presented, bool matches)
    {
        Assert.Equal(matches, TranscriptVerificationCodes.Matches("7KQM-XR4T-9HVC-2WPA", presented));
    }

    [Fact]
    public void An_issued_code_that_is_not_a_code_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => TranscriptVerificationCodes.Matches("not a code", "7KQM-XR4T-9HVC-2WPA"));
    }
}
