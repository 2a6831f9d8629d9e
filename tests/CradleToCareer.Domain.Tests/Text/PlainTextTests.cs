using CradleToCareer.Domain.Text;

namespace CradleToCareer.Domain.Tests.Text;

public class PlainTextTests
{
    [Theory]
    [InlineData(0x0000)]
    [InlineData(0x0009)]
    [InlineData(0x000A)]
    [InlineData(0x000D)]
    [InlineData(0x001F)]
    [InlineData(0x007F)]
    [InlineData(0x0080)]
    [InlineData(0x0085)]
    [InlineData(0x009F)]
    [InlineData(0x202A)]
    [InlineData(0x202B)]
    [InlineData(0x202C)]
    [InlineData(0x202D)]
    [InlineData(0x202E)]
    [InlineData(0x2066)]
    [InlineData(0x2067)]
    [InlineData(0x2068)]
    [InlineData(0x2069)]
    public void Control_characters_and_bidirectional_overrides_are_not_text(int codePoint)
    {
        var value = "Lo" + (char)codePoint + "pez";

        Assert.True(PlainText.IsForbidden((char)codePoint));
        Assert.False(PlainText.IsText(value));
        Assert.Contains($"U+{codePoint:X4}", PlainText.Problem(value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0020)]
    [InlineData(0x007E)]
    [InlineData(0x00A0)]
    [InlineData(0x00E9)]
    [InlineData(0x200E)]
    [InlineData(0x200F)]
    [InlineData(0x2029)]
    [InlineData(0x2065)]
    [InlineData(0x206A)]
    [InlineData(0xFEFF)]
    public void The_neighbours_of_the_forbidden_ranges_are_text(int codePoint)
    {
        Assert.False(PlainText.IsForbidden((char)codePoint));
        Assert.True(PlainText.IsText("Lo" + (char)codePoint + "pez"));
    }

    [Theory]
    [InlineData("Nguyễn Thị Minh Khai")]
    [InlineData("محمد")]
    [InlineData("José 😀 🇺🇸 👩‍🎓")]
    [InlineData("")]
    public void Other_scripts_and_emoji_made_of_surrogate_pairs_are_text(string value) =>
        Assert.True(PlainText.IsText(value));

    /// <summary>A fact, not a theory: test runners would turn an unpaired surrogate in theory data into U+FFFD.</summary>
    [Fact]
    public void An_unpaired_surrogate_is_not_text()
    {
        string[] values = ["\uD800", "a\uDC00b", "\uDE00\uD83D", "end\uD83D"];

        Assert.All(values, value => Assert.Equal("must be valid Unicode text; it holds an unpaired surrogate", PlainText.Problem(value)));
    }

    [Fact]
    public void The_problem_names_the_code_point_and_its_kind_but_not_the_value()
    {
        var problem = PlainText.Problem("secret-name\u202E");

        Assert.Equal($"must be {PlainText.Rule}; it holds U+202E, a bidirectional override", problem);
        Assert.DoesNotContain("secret-name", problem, StringComparison.Ordinal);
        Assert.EndsWith("U+0000, a control character", PlainText.Problem("\0"), StringComparison.Ordinal);
    }
}
