using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Host.Tests.Transcripts;

/// <summary>Hand-built transcripts for the PDF tests; the totals are worked out in the comments.</summary>
internal static class PdfTranscripts
{
    public const string TranscriptId = "t_3b9e2f4a6c8d40e1b7a5c3d2e1f0a9b8";
    public const string VerificationCode = "7KQM-XR4T-9HVC-2WPA";
    public const string VerificationUrl = "https://records.example.gov/v1/transcripts/t_3b9e2f4a6c8d40e1b7a5c3d2e1f0a9b8/verification";
    public const string HighSchool = "cds:19647331931765";
    public const string MiddleSchool = "cds:19647330000001";
    public const string College = "ipeds:110334";

    public static readonly DateTimeOffset IssuedAt = new(2026, 11, 29, 17, 3, 11, 201, TimeSpan.Zero);

    /// <summary>Both levels, for Ana María López: <see cref="K12"/> and <see cref="Postsecondary"/>.</summary>
    public static Transcript Full() => Of("all", Student("Ana", "María", "López"), K12(), Postsecondary());

    public static Transcript Of(string level, TranscriptStudent student, K12Transcript? k12, PostsecondaryTranscript? postsecondary) =>
        new(TranscriptId, IssuedAt, "urn:c2c:record-service", "uc-davis-admissions", "Admission to the fall 2027 freshman class",
            level, student, k12, postsecondary);

    public static TranscriptStudent Student(string? first, string? middle, string? last) =>
        new("p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6", first, middle, last, new DateOnly(2007, 3, 14),
            [new StudentId("ssid", "1234567890"), new StudentId("local:uc-davis-admissions", "UCD-88120")]);

    public static K12Transcript EmptyK12() =>
        new([], [], [], 0m, null, new AgSummary(false, new Dictionary<string, AgSubjectProgress>(), null, null), []);

    public static PostsecondaryTranscript EmptyPostsecondary() => new([], [], [], 0m, null, []);

    /// <summary>A K-12 record of <paramref name="count"/> English courses, six a term from 2019-2020 FA on, all A: 4.00 throughout.</summary>
    public static K12Transcript LongK12(int count)
    {
        var courses = Enumerable.Range(0, count)
            .Select(i => (Course: i, Year: 2019 + (i / 12), Term: i / 6 % 2 == 0 ? "FA" : "SP"))
            .Select(c => Course($"{c.Year}-{c.Year + 1}", c.Term, "11", $"ENG{c.Course:000}", $"English seminar {c.Course:000}", "b", false, "A"))
            .ToList();
        var earnedBefore = 0m;
        var terms = courses.GroupBy(c => (c.SchoolYear, c.Term))
            .Select(term =>
            {
                var earned = term.Sum(c => c.CreditsEarned);
                earnedBefore += earned;
                return new K12TermSummary(term.Key.SchoolYear, term.Key.Term, earned, earned, 4.00m, earnedBefore, 4.00m);
            })
            .ToList();
        return new K12Transcript(
            [new AttendedSchool(HighSchool, "Lincoln High", new DateOnly(2019, 8, 19), null)], courses, terms, 5m * count, 4.00m, Ag(), []);
    }

    /// <summary>
    /// Lincoln High, 5 credits a course. 2023-2024 FA: ENG10 A (4), ALG2 B+ honors (3.3) -> term GPA 3.65, cumulative 3.65, 10 earned.
    /// SP: CHEM A- (3.7), WHIST B (3) -> 3.35; cumulative (4 + 3.3 + 3.7 + 3) / 4 = 3.50, 20 earned.
    /// 2024-2025 FA: ART1 P (no points), SPAN2 C (2) -> 2.00; cumulative 16 / 5 = 3.20, 30 earned.
    /// </summary>
    public static K12Transcript K12() => new(
        [
            new AttendedSchool(MiddleSchool, "Roosevelt Middle", new DateOnly(2019, 8, 20), new DateOnly(2021, 6, 10)),
            new AttendedSchool(HighSchool, "Lincoln High", new DateOnly(2021, 8, 18), new DateOnly(2025, 6, 6)),
        ],
        [
            Course("2023-2024", "FA", "10", "ENG10", "English 10", "b", false, "A"),
            Course("2023-2024", "FA", "10", "ALG2", "Algebra II", "c", true, "B+"),
            Course("2023-2024", "SP", "10", "CHEM", "Chemistry", "d", false, "A-"),
            Course("2023-2024", "SP", "10", "WHIST", "World History", "a", false, "B"),
            Course("2024-2025", "FA", "11", "ART1", "Studio Art", "f", false, "P"),
            Course("2024-2025", "FA", "11", "SPAN2", "Spanish 2", "e", false, "C"),
        ],
        [
            new K12TermSummary("2023-2024", "FA", 10.0m, 10.0m, 3.65m, 10.0m, 3.65m),
            new K12TermSummary("2023-2024", "SP", 10.0m, 10.0m, 3.35m, 20.0m, 3.50m),
            new K12TermSummary("2024-2025", "FA", 10.0m, 10.0m, 2.00m, 30.0m, 3.20m),
        ],
        30.0m,
        3.20m,
        Ag(),
        [new Diploma(HighSchool, "2024-2025", new DateOnly(2025, 6, 6), "standard")]);

    /// <summary>
    /// City College. 2025-FA: MATH1 A 4 units, ENG1 B+ 3 units -> (16 + 9.9) / 7 = 3.70. 2026-SP: CHEM1 B 4 units,
    /// HIST1 W 3 attempted 0 earned -> 3.00 (W has no points); cumulative (16 + 9.9 + 12) / 11 = 3.4454... = 3.45.
    /// </summary>
    public static PostsecondaryTranscript Postsecondary() => new(
        [new AttendedCollege(College, "City College", "2025-FA", "2026-SP")],
        [
            new PostsecondaryCourse(College, "2025-FA", "MATH1", "Calculus I", "A", 4.0m, 4.0m),
            new PostsecondaryCourse(College, "2025-FA", "ENG1", "College Composition", "B+", 3.0m, 3.0m),
            new PostsecondaryCourse(College, "2026-SP", "CHEM1", "General Chemistry", "B", 4.0m, 4.0m),
            new PostsecondaryCourse(College, "2026-SP", "HIST1", "United States History", "W", 3.0m, 0.0m),
        ],
        [
            new PostsecondaryTermSummary("2025-FA", 7.0m, 7.0m, 3.70m, 7.0m, 3.70m),
            new PostsecondaryTermSummary("2026-SP", 7.0m, 4.0m, 3.00m, 11.0m, 3.45m),
        ],
        11.0m,
        3.45m,
        [new Award(College, new DateOnly(2026, 5, 30), "associate", "24.0101", "AA Liberal Arts")]);

    /// <summary>a-g: one semester each of a to f from the courses above; g none.</summary>
    private static AgSummary Ag() => new(
        false,
        new Dictionary<string, AgSubjectProgress>
        {
            ["a"] = new(1, 4), ["b"] = new(1, 8), ["c"] = new(1, 6), ["d"] = new(1, 4), ["e"] = new(1, 4), ["f"] = new(1, 2), ["g"] = new(0, 2),
        },
        3.50m,
        3.75m);

    private static K12Course Course(string year, string term, string grade, string code, string title, string ag, bool honors, string mark) =>
        new(HighSchool, year, term, grade, code, title, ag, honors, mark, 5.0m, 5.0m);
}
