using System.Net;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// Each student (through the student-portal client) consents to the reader organization seeing its transcript and
/// progress, for half a year. The grantor follows rules.md from the generated birth date and enrollments. A refused
/// consent ends the run with the service's answer.
/// </summary>
public static class ConsentGrants
{
    public static readonly string[] Scopes = ["transcript", "progress"];
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    public const string Purpose = "Load test: transcript and progress-view latency (synthetic students)";

    public static async Task RunAsync(
        HttpClient http, AccessTokenSource portal, IReadOnlyList<LandedStudent> students, string recipientOrgId, int concurrency,
        CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expiresAt = DateTimeOffset.UtcNow.Add(Lifetime);
        var granted = 0;
        await PhaseProgress.RunAsync(() => $"setup: consents {Volatile.Read(ref granted):N0}/{students.Count:N0}", () =>
            ClosedLoop.ForCountAsync(students.Count, concurrency, async (i, token) =>
            {
                var (student, personId, _) = students[i];
                var body = new
                {
                    recipientOrgId,
                    scopes = Scopes,
                    purpose = Purpose,
                    expiresAt,
                    grantor = ConsentGrantor.For(student.Profile.Person.BirthDate, student.EnrolledInPostsecondary, today),
                };
                using var request = SetupHttp.Json(
                    HttpMethod.Post, $"v1/students/{Uri.EscapeDataString(personId)}/consents", body, await portal.HeaderAsync(token));
                await SetupHttp.SendAsync(http, request, $"POST /v1/students/{personId}/consents", token, HttpStatusCode.Created);
                Interlocked.Increment(ref granted);
            }, ct));
    }
}
