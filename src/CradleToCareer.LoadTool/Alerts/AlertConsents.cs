using System.Net;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>
/// Each consented student (through the student-portal client) consents to the subscriber organization's alerts for
/// half a year; the grantor follows rules.md (<see cref="ConsentGrantor"/>; none of them is enrolled in postsecondary
/// yet). A refused consent ends the run with the service's answer.
/// </summary>
public static class AlertConsents
{
    public static readonly string[] Scopes = ["alerts"];
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    public const string Purpose = "Load test: milestone alert latency (synthetic students)";
    public const int Concurrency = 16;

    public static async Task RunAsync(
        HttpClient http, AccessTokenSource portal, IReadOnlyList<LandedStudent> students, string recipientOrgId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expiresAt = DateTimeOffset.UtcNow.Add(Lifetime);
        var granted = 0;
        await PhaseProgress.RunAsync(() => $"setup: alerts consents {Volatile.Read(ref granted):N0}/{students.Count:N0}", () =>
            ClosedLoop.ForCountAsync(students.Count, Concurrency, async (i, token) =>
            {
                var (student, personId, _) = students[i];
                var body = new
                {
                    recipientOrgId,
                    scopes = Scopes,
                    purpose = Purpose,
                    expiresAt,
                    grantor = ConsentGrantor.For(student.Profile.Person.BirthDate, enrolledInPostsecondary: false, today),
                };
                using var request = SetupHttp.Json(
                    HttpMethod.Post, $"v1/students/{Uri.EscapeDataString(personId)}/consents", body, await portal.HeaderAsync(token));
                await SetupHttp.SendAsync(http, request, $"POST /v1/students/{personId}/consents", token, HttpStatusCode.Created);
                Interlocked.Increment(ref granted);
            }, ct));
    }
}
