using System.Text.Json;
using CradleToCareer.Domain.Events;
using static CradleToCareer.Domain.Tests.Events.SampleEvents;

namespace CradleToCareer.Domain.Tests.Events;

/// <summary>Text is text (events.md): a string anywhere in an event that is not text rejects it at that string's path.</summary>
public class EventParserTextTests
{
    /// <summary>type, pointer to set, JSON string value (escaped as a source would send it).</summary>
    public static TheoryData<string, string, string> NotText => new()
    {
        { EventTypes.K12CourseCompleted, "/id", "\"evt-\\u0000\"" },
        { EventTypes.K12CourseCompleted, "/source", "\"urn:c2c:source:lea:1964733\\u0000\"" },
        { EventTypes.K12CourseCompleted, "/type", "\"c2c.k12.course.completed\\u0000\"" },
        { EventTypes.K12CourseCompleted, "/subject", "\"student\\u001f\"" },
        { EventTypes.K12CourseCompleted, "/data/student/firstName", "\"A\\u0000na\"" },
        { EventTypes.K12CourseCompleted, "/data/student/lastName", "\"\\u202eLopez\"" },
        { EventTypes.K12CourseCompleted, "/data/student/middleName", "\"R\\u2066\"" },
        { EventTypes.K12CourseCompleted, "/data/student/ids/0/value", "\"555000111\\u0000\"" },
        { EventTypes.K12CourseCompleted, "/data/student/ssn", "\"123-45-6789\\u0000\"" },
        { EventTypes.K12CourseCompleted, "/data/courseTitle", "\"English\\n10\"" },
        { EventTypes.K12CourseCompleted, "/data/institution/name", "\"Lincoln\\u0085High\"" },
        { EventTypes.K12CourseCompleted, "/data/notInTheContract", "\"\\u007f\"" },
        { EventTypes.PostsecondaryAwardConferred, "/data/title", "\"BS\\u009f\"" },
        { EventTypes.CorrectionRetracted, "/data/reason", "\"sent in error\\r\"" },
        { EventTypes.CorrectionRetracted, "/data/retracts/id", "\"evt-earlier\\u0000\"" },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public void A_string_that_is_not_text_is_rejected_at_its_path_and_only_there(string type, string pointer, string value)
    {
        var parsed = Parse(Valid(type).With(pointer, value));

        Assert.False(parsed.IsValid);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(pointer, error.Path);
        Assert.StartsWith("must be text without control characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_identifier_value_that_is_not_text_is_rejected_at_its_path()
    {
        var json = Valid(EventTypes.K12EnrollmentStarted)
            .With("/data/student/ids/0", """{ "system": "local:lea-1964733", "value": "S\u0000001" }""");

        Assert.Equal("/data/student/ids/0/value", Assert.Single(Parse(json).Errors).Path);
    }

    [Fact]
    public void A_member_name_that_is_not_text_rejects_the_event_at_its_object()
    {
        var json = Valid(EventTypes.K12Graduated).With("/data/student/nick\u202Ename", "\"x\"");

        var error = Assert.Single(Parse(json).Errors);

        Assert.Equal("/data/student", error.Path);
        Assert.StartsWith("has a member whose name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_errors_of_the_event_are_still_reported_beside_it()
    {
        var json = Valid(EventTypes.K12CourseCompleted)
            .With("/data/student/lastName", "\"Lo\\u0000pez\"")
            .With("/data/mark", "\"E\"");

        var paths = Parse(json).Errors.Select(error => error.Path).Order(StringComparer.Ordinal);

        Assert.Equal(["/data/mark", "/data/student/lastName"], paths);
    }

    [Fact]
    public void The_rejected_event_is_still_named_by_its_id()
    {
        var parsed = Parse(Valid(EventTypes.K12CourseCompleted).With("/data/courseTitle", "\"\\u0000\""));

        Assert.Equal("evt-" + EventTypes.K12CourseCompleted, parsed.Id);
    }

    [Fact]
    public void Names_in_other_scripts_and_emoji_are_accepted()
    {
        var parsed = ParseValid(Valid(EventTypes.K12CourseCompleted)
            .With("/data/student/firstName", "\"Nguyễn 😀\"")
            .With("/data/student/lastName", "\"\\u0645\\u062d\\u0645\\u062f\"")
            .With("/data/courseTitle", "\"Español\\u00a0II\""));

        Assert.Equal("Nguyễn 😀", parsed.Student.FirstName);
    }

    [Fact]
    public void A_student_block_on_its_own_follows_the_same_rule()
    {
        using var document = JsonDocument.Parse("""{ "ids": [{ "system": "ssid", "value": "5550001112" }], "firstName": "A\u0000" }""");

        var (block, errors) = EventParser.ParseStudentBlock(document.RootElement, Tokenizer);

        Assert.Null(block);
        Assert.Equal("/firstName", Assert.Single(errors).Path);
    }
}
