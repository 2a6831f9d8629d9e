using System.Xml.Linq;
using System.Xml.XPath;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;
using CradleToCareer.Domain.Tests.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Domain.Transcripts.Pesc.Validation;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

/// <summary>Students, transcripts and checks shared by the PESC tests.</summary>
internal static class PescFixtures
{
    public const string TranscriptId = "t_01JV8Z3Q5XK2M7N4P6R8S0T2VW";
    public const string Issuer = "https://c2c.example.gov";
    public const string Recipient = "ipeds:110635";
    public const string RecipientStudentNumber = "S-0042";
    public const string School = TestEvents.HighSchool;
    public const string College = TestEvents.CommunityCollege;

    public static readonly DateTimeOffset IssuedAt = new(2026, 7, 15, 17, 3, 11, 201, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 7, 15);

    public static TranscriptIssue Issue(string level) => new(TranscriptId, IssuedAt, Issuer, Recipient, "Admission review", level);

    /// <summary>
    /// Middle school in 2021-2022, high school from 2022 to the diploma in June 2025 (courses in grades 10 and 11:
    /// every kind of mark, an honors course, a repeated course, a summer course), then a community college from
    /// 2025-FA (a repeated course, P and W marks, a summer term) and an associate degree in June 2026.
    /// </summary>
    public static StudentProfile FullHistory()
    {
        var events = new TestEvents
        {
            Student = new StudentBlock(
                [new StudentIdentifier("ssid", "1234567890"), new StudentIdentifier("local:" + Recipient, RecipientStudentNumber)],
                "Ana", "R", "Lopez", new DateOnly(2007, 3, 14), "F"),
        };
        return StudentProjection.Project("p_1", [
            events.Started("2021-2022", "08", new DateOnly(2021, 8, 16), TestEvents.MiddleSchool),
            events.Ended("2021-2022", new DateOnly(2022, 6, 3), school: TestEvents.MiddleSchool),
            events.Started("2022-2023", "09", new DateOnly(2022, 8, 15)),
            events.Started("2024-2025", "12", new DateOnly(2024, 8, 14)),
            events.Ended("2024-2025", new DateOnly(2025, 6, 6)),
            events.Course("2023-2024", "FA", "10", "ENG10A", 'b', "A-"),
            events.Course("2023-2024", "FA", "10", "ALG2", 'c', "C+"),
            events.Course("2023-2024", "FA", "10", "HIST10", 'a', "P"),
            events.Course("2023-2024", "FA", "10", "ART1", 'f', "NP"),
            events.Course("2023-2024", "SP", "10", "ENG10B", 'b', "I"),
            events.Course("2023-2024", "SP", "10", "CHEM", 'd', "W"),
            events.Course("2023-2024", "SP", "10", "ALG2", 'c', "A"),
            events.Course("2023-2024", "SP", "10", "BIOH", 'd', "B+", honors: true),
            events.Course("2023-2024", "SU", "10", "PE", null, "A"),
            events.Course("2024-2025", "FA", "11", "SPAN1", 'e', "B"),
            events.Graduated("2024-2025", new DateOnly(2025, 6, 6)),
            events.Enrolled("2025-FA"),
            events.CollegeCourse("2025-FA", "ENGL1A", "C"),
            events.CollegeCourse("2025-FA", "MATH10", "P"),
            events.CollegeCourse("2026-SP", "ENGL1A", "A-", units: 4m),
            events.CollegeCourse("2026-SP", "HIST17", "B+"),
            events.CollegeCourse("2026-SU", "BIO1", "W"),
            events.Award(new DateOnly(2026, 6, 10)),
        ], Today);
    }

    public static Transcript TranscriptOf(StudentProfile profile, string level) => TranscriptViews.Of(profile, Issue(level));

    /// <summary>The document as a recipient gets it (serialized, parsed back), asserted valid against the PESC schemas.</summary>
    public static XDocument Valid(Transcript transcript)
    {
        var sent = XDocument.Parse(PescTranscripts.Write(transcript).ToString());
        Assert.Empty(PescSchemaSet.Validate(sent));
        return sent;
    }

    public static XDocument Valid(StudentProfile profile, string level) => Valid(TranscriptOf(profile, level));

    /// <summary>A transcript without any record: no school, college, course or award.</summary>
    public static Transcript Bare(string level, TranscriptStudent? student = null) =>
        new(TranscriptId, IssuedAt, Issuer, Recipient, "Admission review", level,
            student ?? Student(),
            TranscriptLevels.IncludesK12(level) ? EmptyK12 : null,
            TranscriptLevels.IncludesPostsecondary(level) ? EmptyPostsecondary : null);

    public static TranscriptStudent Student(
        string? first = "Ana", string? middle = "R", string? last = "Lopez", DateOnly? birth = null, params StudentId[] ids) =>
        new("p_1", first, middle, last, birth ?? new DateOnly(2007, 3, 14), ids);

    public static K12Transcript EmptyK12 { get; } =
        new([], [], [], 0m, null, new AgSummary(false, new Dictionary<string, AgSubjectProgress>(), null, null), []);

    public static PostsecondaryTranscript EmptyPostsecondary { get; } = new([], [], [], 0m, null, []);

    /// <summary>A grade 9 course at <see cref="School"/> in 2024-2025 FA, 5 credits, earned unless the mark fails.</summary>
    public static K12Course K12Course(string code, string mark) =>
        new(School, "2024-2025", "FA", "09", code, $"Course {code}", null, false, mark, 5m, mark is "NP" or "F" or "I" or "W" ? 0m : 5m);

    public static string? Value(this XDocument document, string xpath) => document.XPathSelectElement(xpath)?.Value;

    public static IReadOnlyList<string> Values(this XDocument document, string xpath) =>
        [.. document.XPathSelectElements(xpath).Select(e => e.Value)];

    /// <summary>The Course element whose OriginalCourseID is <paramref name="code"/>, the only one.</summary>
    public static XElement Course(this XDocument document, string code) =>
        Assert.Single(document.XPathSelectElements($"//Course[OriginalCourseID='{code}']"));
}
