using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Views;

/// <summary>
/// A hand-built history for transcript tests, and a college with a consent to see it. The values the
/// tests expect are worked out in the comments of <see cref="IngestAsync"/>.
/// </summary>
public sealed record TranscriptHistory(string Ssid, string PersonId, HttpClient College, string CollegeOrgId)
{
    public const string CourseA = "ENG10";

    /// <summary>
    /// K-12 at Lincoln High (entered 2023-08-20, left 2024-06-10 at the end of its only enrollment year),
    /// four 5-credit courses:
    /// 2023-2024 FA A (b), 2023-2024 SP B (c), 2024-2025 FA C (b) and P (g).
    /// Terms: 2023-2024 FA 5 earned, GPA 4.00, cumulative 5 / 4.00; SP 5, 3.00, cumulative 10 / 3.50;
    /// 2024-2025 FA 10 attempted and earned, GPA 2.00 (P has no points), cumulative 20 / (4+3+2)/3 = 3.00.
    /// a-g: b 2 semesters, c 1, g 1. Diploma 2025-06-05.
    /// College (City College, ipeds:110334): 2025-FA MATH1 A 4 units, ENG1 B+ 3 units;
    /// 2026-SP CHEM1 B 4 units, HIST1 W 3 attempted 0 earned.
    /// Terms: 2025-FA 7 earned, GPA (16 + 9.9) / 7 = 3.70; 2026-SP 7 attempted, 4 earned, GPA 3.00 (W has no points),
    /// cumulative 11 units, (16 + 9.9 + 12) / 11 = 3.4454... = 3.45. Associate degree 2026-05-30, CIP 24.0101.
    /// </summary>
    public static async Task<TranscriptHistory> IngestAsync(ServiceUnderTest service, params string[] scopes)
    {
        var ssid = TestEvents.NewSsid();
        var student = TestEvents.Student(ssid);
        var k12 = new JsonObject { ["id"] = TestEvents.HighSchool, ["name"] = "Lincoln High", ["kind"] = "k12-school" };
        var college = new JsonObject { ["id"] = TestEvents.College, ["name"] = "City College", ["kind"] = "community-college" };
        JsonObject K12Course(string code, string year, string term, string mark, string ag) => new()
        {
            ["student"] = student.DeepClone(), ["institution"] = k12.DeepClone(), ["schoolYear"] = year, ["term"] = term,
            ["gradeLevel"] = year == "2023-2024" ? "10" : "11", ["courseCode"] = code, ["courseTitle"] = "Course " + code,
            ["agCategory"] = ag, ["honors"] = false, ["mark"] = mark, ["creditsAttempted"] = 5.0, ["creditsEarned"] = mark == "F" ? 0.0 : 5.0,
        };
        JsonObject CollegeCourse(string code, string term, string mark, double attempted, double earned) => new()
        {
            ["student"] = student.DeepClone(), ["institution"] = college.DeepClone(), ["term"] = term, ["courseCode"] = code,
            ["courseTitle"] = "Course " + code, ["mark"] = mark, ["unitsAttempted"] = attempted, ["unitsEarned"] = earned,
        };
        var id = "tr-" + ssid + "-";
        var results = await service.Http.PostBatchAsync(
            TestEvents.Enrollment(id + "enr", ssid, schoolYear: "2023-2024", grade: "10"),
            TestEvents.Envelope(id + "end", "c2c.k12.enrollment.ended", new JsonObject
            {
                ["student"] = student.DeepClone(), ["institution"] = k12.DeepClone(), ["schoolYear"] = "2023-2024",
                ["exitDate"] = "2024-06-10", ["exitReason"] = "completed",
            }),
            TestEvents.Envelope(id + "c1", "c2c.k12.course.completed", K12Course(CourseA, "2023-2024", "FA", "A", "b")),
            TestEvents.Envelope(id + "c2", "c2c.k12.course.completed", K12Course("ALG1", "2023-2024", "SP", "B", "c")),
            TestEvents.Envelope(id + "c3", "c2c.k12.course.completed", K12Course("ENG11", "2024-2025", "FA", "C", "b")),
            TestEvents.Envelope(id + "c4", "c2c.k12.course.completed", K12Course("ART1", "2024-2025", "FA", "P", "g")),
            TestEvents.Envelope(id + "grad", "c2c.k12.graduated", new JsonObject
            {
                ["student"] = student.DeepClone(), ["institution"] = k12.DeepClone(), ["schoolYear"] = "2024-2025",
                ["date"] = "2025-06-05", ["diplomaType"] = "standard",
            }),
            TestEvents.CollegeEnrollmentOf(id + "cenr", student.DeepClone().AsObject()),
            TestEvents.Envelope(id + "p1", "c2c.postsecondary.course.completed", CollegeCourse("MATH1", "2025-FA", "A", 4, 4), TestEvents.CollegeSource),
            TestEvents.Envelope(id + "p2", "c2c.postsecondary.course.completed", CollegeCourse("ENG1", "2025-FA", "B+", 3, 3), TestEvents.CollegeSource),
            TestEvents.Envelope(id + "p3", "c2c.postsecondary.course.completed", CollegeCourse("CHEM1", "2026-SP", "B", 4, 4), TestEvents.CollegeSource),
            TestEvents.Envelope(id + "p4", "c2c.postsecondary.course.completed", CollegeCourse("HIST1", "2026-SP", "W", 3, 0), TestEvents.CollegeSource),
            TestEvents.Envelope(id + "aw", "c2c.postsecondary.award.conferred", new JsonObject
            {
                ["student"] = student.DeepClone(), ["institution"] = college.DeepClone(), ["date"] = "2026-05-30",
                ["awardLevel"] = "associate", ["programCip"] = "24.0101", ["title"] = "AA Liberal Arts",
            }, TestEvents.CollegeSource));
        Assert.All(results, r => Assert.Equal("accepted", r.Status()));

        var (orgId, token) = await service.Anonymous.NewClientTokenAsync(["college"]);
        var history = new TranscriptHistory(ssid, results[0].PersonId(), TestTenant.Authenticated(service.Http.BaseAddress!, token), orgId);
        if (scopes.Length > 0)
        {
            await history.GrantAsync(service, scopes);
        }

        return history;
    }

    public Task<string> GrantAsync(ServiceUnderTest service, params string[] scopes) =>
        service.Http.GrantConsentAsync(PersonId, CollegeOrgId, "admission", scopes);

    /// <summary>POST a transcript request with the given Accept header (none when null).</summary>
    public Task<HttpResponseMessage> IssueAsync(string level = "all", string? accept = null, string purpose = "admission") =>
        SendAsync(College, HttpMethod.Post, $"/v1/students/{PersonId}/transcripts", accept, new { level, purpose });

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? accept, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }
}
