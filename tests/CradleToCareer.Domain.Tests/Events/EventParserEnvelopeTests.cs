using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

public class EventParserEnvelopeTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData("\"event\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Non_object_input_is_rejected_at_the_root(string json)
    {
        var parsed = Parse(json);

        Assert.False(parsed.IsValid);
        Assert.Equal("", Assert.Single(parsed.Errors).Path);
        Assert.Null(parsed.Id);
        Assert.Null(parsed.Source);
    }

    [Fact]
    public void Missing_data_is_reported_at_data()
    {
        var error = Assert.Single(Parse(Valid(EventTypes.K12Graduated).Without("/data")).Errors);

        Assert.Equal("/data", error.Path);
        Assert.StartsWith("is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_is_not_an_object_is_reported_at_data()
    {
        Assert.Equal("/data", Assert.Single(Parse(Valid(EventTypes.K12Graduated).With("/data", "\"x\"")).Errors).Path);
    }

    [Theory]
    [InlineData("\"0.3\"")]
    [InlineData("1.0")]
    [InlineData(null)]
    public void Spec_version_other_than_1_0_is_rejected(string? specVersion)
    {
        var error = Assert.Single(Parse(Valid(EventTypes.K12Graduated).With("/specversion", specVersion)).Errors);

        Assert.Equal("/specversion", error.Path);
        Assert.Contains("\"1.0\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_type_is_reported_at_type_listing_the_known_types_and_the_student_is_still_checked()
    {
        var json = Valid(EventTypes.K12Graduated)
            .With("/type", "\"c2c.k12.detention.served\"")
            .With("/data/student/birthDate", "\"14/03/2007\"");

        var errors = Parse(json).Errors;

        var typeError = Assert.Single(errors, e => e.Path == "/type");
        Assert.All(EventTypes.All, known => Assert.Contains(known, typeError.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("detention", typeError.Message, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Path == "/data/student/birthDate");
        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData("/id", "\"\"")]
    [InlineData("/id", "17")]
    [InlineData("/id", null)]
    [InlineData("/source", "\"\"")]
    [InlineData("/source", "\"lea 1964733\"")]
    [InlineData("/source", null)]
    [InlineData("/type", null)]
    [InlineData("/time", "\"2025-06-12\"")]
    [InlineData("/time", "\"2025-06-12T17:00:00\"")]
    [InlineData("/time", "\"2025-06-12 17:00:00Z\"")]
    [InlineData("/time", "\"2025-06-31T17:00:00Z\"")]
    [InlineData("/datacontenttype", "\"application/xml\"")]
    public void Invalid_envelope_attribute_is_reported_at_its_path(string pointer, string? value)
    {
        var parsed = Parse(Valid(EventTypes.K12Graduated).With(pointer, value));

        Assert.Equal(pointer, Assert.Single(parsed.Errors).Path);
    }

    [Fact]
    public void Id_and_source_over_256_characters_are_rejected()
    {
        var json = Valid(EventTypes.K12Graduated)
            .With("/id", $"\"{new string('x', 257)}\"")
            .With("/source", $"\"urn:c2c:{new string('y', 250)}\"");

        Assert.Equal(["/id", "/source"], Parse(json).Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Id_of_256_characters_is_accepted()
    {
        Assert.True(Parse(Valid(EventTypes.K12Graduated).With("/id", $"\"{new string('x', 256)}\"")).IsValid);
    }

    [Fact]
    public void Rejected_event_still_reports_the_id_and_source_it_could_read()
    {
        var parsed = Parse(Valid(EventTypes.K12Graduated).Without("/data"));

        Assert.Equal("evt-" + EventTypes.K12Graduated, parsed.Id);
        Assert.Equal(Source, parsed.Source);
    }

    [Fact]
    public void Null_tokenizer_is_refused()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{}");

        Assert.Throws<ArgumentNullException>(() => EventParser.Parse(document.RootElement, null!));
    }
}
