using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

public class CanonicalEventJsonTests
{
    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void Read_of_write_gives_back_the_same_event(string type)
    {
        var original = ParseValid(Valid(type));

        var text = CanonicalEventJson.Write(original);
        var copy = CanonicalEventJson.Read(text);

        Assert.Equal(text, CanonicalEventJson.Write(copy));
        Assert.Equal(original.Key, copy.Key);
        Assert.Equal(original.Type, copy.Type);
        Assert.Equal(original.Time, copy.Time);
        Assert.Equal(original.Body, copy.Body);
        Assert.Equal(original.Student.Ids, copy.Student.Ids);
        Assert.Equal(original.Student with { Ids = [], SsnNearTokens = null }, copy.Student with { Ids = [] });
    }

    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void The_utf8_form_ingest_keeps_reads_back_as_the_text_form_does(string type)
    {
        var original = ParseValid(Valid(type));

        var (utf8, hash) = CanonicalEventJson.WriteWithHash(original);
        var fromBytes = CanonicalEventJson.Read(utf8);

        Assert.Equal(CanonicalEventJson.Write(original), CanonicalEventJson.Write(fromBytes));
        Assert.Equal(hash, CanonicalEventJson.WriteWithHash(CanonicalEventJson.Read(Encoding.UTF8.GetString(utf8))).ContentHash);
    }

    [Fact]
    public void Bytes_that_are_not_a_canonical_event_are_refused_as_json()
    {
        Assert.ThrowsAny<JsonException>(() => CanonicalEventJson.Read("{\"specversion\":\"1.0\"}"u8.ToArray()));
        Assert.ThrowsAny<JsonException>(() => CanonicalEventJson.Read("not json"u8.ToArray()));
    }

    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void Read_of_write_keeps_events_with_every_optional_left_out(string type)
    {
        var sparse = Valid(type).Without("/time").With("/data/student", "{\"ids\":[{\"system\":\"uc-id\",\"value\":\"U1\"}]}");
        var original = ParseValid(sparse);

        var copy = CanonicalEventJson.Read(CanonicalEventJson.Write(original));

        Assert.Null(copy.Time);
        Assert.Equal(original.Body, copy.Body);
        Assert.Equal(original.Student with { Ids = [] }, copy.Student with { Ids = [] });
    }

    [Fact]
    public void Canonical_form_has_the_cloudevents_shape_in_a_fixed_order()
    {
        var text = CanonicalEventJson.Write(ParseValid(Valid(EventTypes.K12CourseCompleted)));

        var expected =
            "{\"specversion\":\"1.0\",\"id\":\"evt-c2c.k12.course.completed\",\"source\":\"urn:c2c:source:lea:1964733\"," +
            "\"type\":\"c2c.k12.course.completed\",\"time\":\"2025-06-12T17:00:00Z\",\"datacontenttype\":\"application/json\"," +
            "\"data\":{\"student\":{\"ids\":[{\"system\":\"ssid\",\"value\":\"5550001112\"}],\"firstName\":\"Ana\",\"middleName\":\"R\"," +
            "\"lastName\":\"Lopez\",\"birthDate\":\"2007-03-14\",\"sex\":\"F\",\"streetAddress\":\"12 Elm St\",\"city\":\"Sacramento\"," +
            $"\"postalCode\":\"95814\",\"ssnToken\":\"{Tokenizer.Tokenize(SsnDigits)}\"}}," +
            "\"institution\":{\"id\":\"cds:19647331931765\",\"name\":\"Lincoln High\",\"kind\":\"k12-school\"}," +
            "\"schoolYear\":\"2024-2025\",\"term\":\"FA\",\"gradeLevel\":\"10\",\"courseCode\":\"ENG10H\",\"courseTitle\":\"English 10 Honors\"," +
            "\"agCategory\":\"b\",\"honors\":true,\"mark\":\"A-\",\"creditsAttempted\":5,\"creditsEarned\":5}}";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Student_carries_ssn_token_and_no_ssn_property()
    {
        using var document = JsonDocument.Parse(CanonicalEventJson.Write(ParseValid(Valid(EventTypes.K12Graduated))));
        var student = document.RootElement.GetProperty("data").GetProperty("student");

        Assert.True(student.TryGetProperty("ssnToken", out _));
        Assert.False(student.TryGetProperty("ssn", out _));
    }

    [Fact]
    public void Null_optionals_are_omitted()
    {
        var course = Valid(EventTypes.K12CourseCompleted).With("/data/agCategory", "null").Without("/time");
        var enrollment = Valid(EventTypes.PostsecondaryEnrollment).Without("/data/programCip").Without("/data/student/middleName");

        var courseText = CanonicalEventJson.Write(ParseValid(course));
        var enrollmentText = CanonicalEventJson.Write(ParseValid(enrollment));

        Assert.DoesNotContain("agCategory", courseText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"time\"", courseText, StringComparison.Ordinal);
        Assert.DoesNotContain("programCip", enrollmentText, StringComparison.Ordinal);
        Assert.DoesNotContain("middleName", enrollmentText, StringComparison.Ordinal);
        Assert.DoesNotContain("null", courseText + enrollmentText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", "5.0", "5.00")]
    [InlineData("4.5", "4.50", "45e-1")]
    [InlineData("0", "0.0", "-0")]
    public void Equal_numbers_are_written_the_same_way(string a, string b, string c)
    {
        var texts = new[] { a, b, c }
            .Select(credits => CanonicalEventJson.Write(ParseValid(Valid(EventTypes.K12CourseCompleted).With("/data/creditsEarned", credits))))
            .ToArray();

        Assert.Equal(texts[0], texts[1]);
        Assert.Equal(texts[0], texts[2]);
        Assert.Contains($"\"creditsEarned\":{a}}}", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Money_keeps_its_cents()
    {
        var text = CanonicalEventJson.Write(ParseValid(Valid(EventTypes.FinaidAwardDisbursed).With("/data/amount", "1234567.89")));

        Assert.Contains("\"amount\":1234567.89,", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllTypes), MemberType = typeof(SampleEvents))]
    public void Same_event_sent_with_other_property_order_and_whitespace_hashes_the_same(string type)
    {
        var sent = Valid(type);
        var reordered = Reversed(Valid(type)).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var first = CanonicalEventJson.WriteWithHash(ParseValid(sent)).ContentHash;
        var second = CanonicalEventJson.WriteWithHash(Parse(reordered).Event!).ContentHash;

        Assert.Equal(first, second);
        Assert.Equal(32, first.Length);
    }

    [Fact]
    public void Same_instant_with_another_offset_hashes_the_same()
    {
        var utc = ParseValid(Valid(EventTypes.K12Graduated));
        var pacific = ParseValid(Valid(EventTypes.K12Graduated).With("/time", "\"2025-06-12T10:00:00-07:00\""));

        Assert.Equal(CanonicalEventJson.WriteWithHash(utc).ContentHash, CanonicalEventJson.WriteWithHash(pacific).ContentHash);
    }

    [Theory]
    [InlineData("/data/mark", "\"B\"")]
    [InlineData("/data/creditsEarned", "4")]
    [InlineData("/data/agCategory", "null")]
    [InlineData("/data/honors", "false")]
    [InlineData("/data/student/firstName", "\"Anna\"")]
    [InlineData("/data/student/ssn", "\"123-45-6780\"")]
    [InlineData("/data/student/ids/0/value", "\"5550001113\"")]
    [InlineData("/data/institution/name", "\"Lincoln HS\"")]
    [InlineData("/time", "\"2025-06-12T17:00:01Z\"")]
    [InlineData("/id", "\"other\"")]
    public void A_changed_field_hashes_differently(string pointer, string value)
    {
        var original = CanonicalEventJson.WriteWithHash(ParseValid(Valid(EventTypes.K12CourseCompleted))).ContentHash;
        var changed = CanonicalEventJson.WriteWithHash(ParseValid(Valid(EventTypes.K12CourseCompleted).With(pointer, value))).ContentHash;

        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Writing_is_deterministic()
    {
        var e = ParseValid(Valid(EventTypes.WorkforceWageReported));

        Assert.Equal(CanonicalEventJson.Write(e), CanonicalEventJson.Write(ParseValid(Valid(EventTypes.WorkforceWageReported))));
        Assert.Equal(CanonicalEventJson.WriteWithHash(e).ContentHash, CanonicalEventJson.WriteWithHash(e).ContentHash);
        Assert.Equal(CanonicalEventJson.Write(e), Encoding.UTF8.GetString(CanonicalEventJson.WriteWithHash(e).Utf8));
    }

    [Fact]
    public void Non_ascii_text_round_trips()
    {
        var e = ParseValid(Valid(EventTypes.K12Graduated).With("/data/student/lastName", "\"Muñoz-Núñez \\\"Ñ\\\"\""));

        Assert.Equal("Muñoz-Núñez \"Ñ\"", CanonicalEventJson.Read(CanonicalEventJson.Write(e)).Student.LastName);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"urn:a\",\"type\":\"c2c.unknown\",\"data\":{\"student\":{\"ids\":[]}}}")]
    public void Reading_text_that_is_not_canonical_throws_a_json_exception(string text)
    {
        Assert.ThrowsAny<JsonException>(() => CanonicalEventJson.Read(text));
    }

    private static JsonNode Reversed(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reversed(p.Value.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : Reversed(item.DeepClone())).ToArray()),
        _ => node.DeepClone(),
    };
}
