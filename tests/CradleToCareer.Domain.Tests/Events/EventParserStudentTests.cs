using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

public class EventParserStudentTests
{
    [Fact]
    public void Missing_student_is_reported_at_data_student()
    {
        Assert.Equal("/data/student", Assert.Single(Parse(Valid(EventTypes.K12Graduated).Without("/data/student")).Errors).Path);
    }

    [Theory]
    [InlineData("/data/student/birthDate")]
    [InlineData("/data/student/firstName")]
    [InlineData("/data/student/lastName")]
    public void Without_ids_first_name_last_name_and_birth_date_are_all_needed(string missing)
    {
        var json = Valid(EventTypes.K12Graduated).With("/data/student/ids", "[]").Without(missing);

        var error = Assert.Single(Parse(json).Errors);

        Assert.Equal("/data/student/ids", error.Path);
        Assert.Contains("firstName, lastName and birthDate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_present_but_invalid_birth_date_is_reported_once_at_birth_date()
    {
        var json = Valid(EventTypes.K12Graduated).Without("/data/student/ids").With("/data/student/birthDate", "\"2007-02-30\"");

        Assert.Equal("/data/student/birthDate", Assert.Single(Parse(json).Errors).Path);
    }

    [Theory]
    [InlineData("/data/student/ids/0/value", "\"555000111\"")]
    [InlineData("/data/student/ids/0/value", "\"55500011120\"")]
    [InlineData("/data/student/ids/0/value", "\"55500O1112\"")]
    [InlineData("/data/student/ids/0/value", "5550001112")]
    [InlineData("/data/student/ids/0/system", "\"SSID\"")]
    [InlineData("/data/student/ids/0/system", "\"local:\"")]
    [InlineData("/data/student/ids/0/system", "\"local:org 1\"")]
    [InlineData("/data/student/ids/0/system", "\"passport\"")]
    [InlineData("/data/student/ids/0/system", null)]
    [InlineData("/data/student/ids/0", "\"5550001112\"")]
    [InlineData("/data/student/ids", "{}")]
    [InlineData("/data/student/birthDate", "\"1899-12-31\"")]
    [InlineData("/data/student/birthDate", "\"2101-01-01\"")]
    [InlineData("/data/student/birthDate", "\"20070314\"")]
    [InlineData("/data/student/firstName", "7")]
    [InlineData("/data/student/ssn", "\"12345678\"")]
    public void Invalid_student_field_is_reported_at_its_path(string pointer, string? value)
    {
        Assert.Equal(pointer, Assert.Single(Parse(Valid(EventTypes.K12Graduated).With(pointer, value)).Errors).Path);
    }

    [Fact]
    public void Identifier_values_over_64_characters_and_names_over_100_are_rejected()
    {
        var json = Valid(EventTypes.K12Graduated)
            .With("/data/student/ids/0", $"{{\"system\":\"csu-id\",\"value\":\"{new string('9', 65)}\"}}")
            .With("/data/student/lastName", $"\"{new string('L', 101)}\"")
            .With("/data/student/city", $"\"{new string('C', 101)}\"");

        Assert.Equal(
            ["/data/student/city", "/data/student/ids/0/value", "/data/student/lastName"],
            Parse(json).Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Errors_in_several_identifiers_are_all_reported_with_their_index()
    {
        var json = Valid(EventTypes.K12Graduated).With(
            "/data/student/ids",
            "[{\"system\":\"ccc-id\",\"value\":\"AB12345\"},{\"system\":\"ssid\",\"value\":\"1\"},{\"value\":\"x\"}]");

        Assert.Equal(
            ["/data/student/ids/1/value", "/data/student/ids/2/system"],
            Parse(json).Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Text_that_is_not_valid_unicode_is_an_error_not_an_exception()
    {
        var json = Valid(EventTypes.K12Graduated).ToJsonString().Replace("\"Ana\"", "\"\\ud800\"", StringComparison.Ordinal);

        Assert.Equal("/data/student/firstName", Assert.Single(Parse(json).Errors).Path);
    }
}
