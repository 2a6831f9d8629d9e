using System.Text;
using System.Text.Json;
using CradleToCareer.Domain.Text;

namespace CradleToCareer.Domain.Tests.Text;

public class PlainTextInJsonTests
{
    [Theory]
    [InlineData("""{ "a": { "b": ["fine", "bad\u0000"] } }""", "/a/b/1")]
    [InlineData("""{ "a/b": { "c~d": "\u202e" } }""", "/a~1b/c~0d")]
    [InlineData("""["\u007f"]""", "/0")]
    [InlineData("""{ "s": "\u0085" }""", "/s")]
    [InlineData("""{ "s": "tab\there" }""", "/s")]
    [InlineData("""{ "s": "\ud800" }""", "/s")]
    [InlineData("\"\\u2066\"", "")]
    public void A_string_that_is_not_text_is_found_at_its_pointer(string json, string path)
    {
        var error = Assert.Single(ErrorsIn(json));

        Assert.Equal(path, error.Path);
        Assert.StartsWith("must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_written_raw_rather_than_escaped_are_found_too()
    {
        var json = Encoding.UTF8.GetBytes("{ \"del\": \"a\u007Fb\", \"c1\": \"a\u0085b\", \"bidi\": \"a\u202Eb\", \"fine\": \"a\u00A9\u2065b\" }");
        using var document = JsonDocument.Parse(json);

        var paths = PlainTextInJson.Errors(document.RootElement).Select(error => error.Path);

        Assert.Equal(["/del", "/c1", "/bidi"], paths);
    }

    [Fact]
    public void A_member_name_that_is_not_text_is_reported_at_its_object_and_not_repeated()
    {
        var error = Assert.Single(ErrorsIn("""{ "o": { "n\u0000": "\u0000", "ok": 1 } }"""));

        Assert.Equal("/o", error.Path);
        Assert.StartsWith("has a member whose name must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_only_looks_suspicious_is_fine()
    {
        Assert.Empty(ErrorsIn("""{ "a": "\u00a0\u00e9©", "b": "back\\slash \"quoted\"", "c": "\u2065\u206a", "d": "\ud83d\ude00", "e\u00e9": [1, true, null] }"""));
    }

    [Fact]
    public void At_most_twenty_are_reported_in_document_order()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("\"\\u0000\"", 50)) + "]";

        var errors = ErrorsIn(json);

        Assert.Equal(PlainTextInJson.ReportedAtMost, errors.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"/{i}"), errors.Select(error => error.Path));
    }

    [Fact]
    public void A_base_path_prefixes_every_pointer()
    {
        using var document = JsonDocument.Parse("""{ "x": "\u0001" }""");

        Assert.Equal("/data/x", Assert.Single(PlainTextInJson.Errors(document.RootElement, "/data")).Path);
    }

    private static IReadOnlyList<Domain.Events.FieldError> ErrorsIn(string json)
    {
        using var document = JsonDocument.Parse(json);
        return PlainTextInJson.Errors(document.RootElement);
    }
}
