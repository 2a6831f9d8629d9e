using System.Text.Json;
using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

public class SsnSecrecyTests
{
    private static readonly string[] SsnFragments = [SsnDigits, Ssn, "45-6789", "456789"];

    [Theory]
    [InlineData("123456789")]
    [InlineData("123-45-6789")]
    public void Both_ssn_shapes_become_the_same_token(string ssn)
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).With("/data/student/ssn", $"\"{ssn}\""));

        Assert.Equal(Tokenizer.Tokenize(SsnDigits), e.Student.SsnToken);
        Assert.Equal(Tokenizer.NearTokens(SsnDigits), e.Student.SsnNearTokens);
    }

    [Fact]
    public void Near_tokens_stay_out_of_the_canonical_form_and_its_content_hash()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated));

        var canonical = CanonicalEventJson.Write(e);

        Assert.NotNull(e.Student.SsnNearTokens);
        Assert.All(e.Student.SsnNearTokens, token => Assert.DoesNotContain(token, canonical, StringComparison.Ordinal));
        Assert.DoesNotContain("near", canonical, StringComparison.OrdinalIgnoreCase);
        var withoutNear = e with { Student = e.Student with { SsnNearTokens = null } };
        Assert.Equal(CanonicalEventJson.WriteWithHash(withoutNear).ContentHash, CanonicalEventJson.WriteWithHash(e).ContentHash);
        Assert.Null(CanonicalEventJson.Read(canonical).Student.SsnNearTokens);
    }

    [Fact]
    public void A_student_without_an_ssn_has_no_near_tokens()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).Without("/data/student/ssn"));

        Assert.Null(e.Student.SsnToken);
        Assert.Null(e.Student.SsnNearTokens);
    }

    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void Ssn_never_appears_in_the_returned_event_or_its_canonical_json(string type)
    {
        var e = ParseValid(Valid(type));

        var texts = new[]
        {
            e.ToString(),
            e.Student.ToString(),
            JsonSerializer.Serialize(e.Student),
            JsonSerializer.Serialize(e.Body, e.Body.GetType()),
            CanonicalEventJson.Write(e),
        };

        Assert.NotNull(e.Student.SsnToken);
        Assert.NotNull(e.Student.SsnNearTokens);
        Assert.All(texts, text => AssertHoldsNoSsn(text));
    }

    [Theory]
    [InlineData("\"123-45-678\"")]
    [InlineData("\"123456789 \"")]
    [InlineData("\"1234567890\"")]
    [InlineData("\"123-456-789\"")]
    [InlineData("\"123 45 6789\"")]
    [InlineData("\"ssn 123-45-6789\"")]
    [InlineData("123456789")]
    [InlineData("[\"123-45-6789\"]")]
    [InlineData("{\"value\":\"123-45-6789\"}")]
    public void Invalid_ssn_is_reported_at_ssn_without_echoing_it(string ssnJson)
    {
        var json = Valid(EventTypes.K12CourseCompleted)
            .With("/data/student/ssn", ssnJson)
            .With("/data/mark", "\"E\"");

        var parsed = Parse(json);

        Assert.Null(parsed.Event);
        var ssnError = Assert.Single(parsed.Errors, e => e.Path == "/data/student/ssn");
        Assert.Equal("must be 9 digits, optionally written 3-2-4 with dashes", ssnError.Message);
        Assert.Contains(parsed.Errors, e => e.Path == "/data/mark");
        Assert.All(parsed.Errors, error => AssertHoldsNoSsn(error.Path + " " + error.Message));
    }

    private static void AssertHoldsNoSsn(string text)
    {
        Assert.All(SsnFragments, fragment => Assert.DoesNotContain(fragment, text, StringComparison.Ordinal));
    }
}
