using System.Net;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// Each student (through the student-portal client) consents to the recipient organization for half a year, with the
/// given scopes and purpose. The grantor follows rules.md from the generated birth date and whether the student is
/// enrolled in postsecondary by now, as the service has been told. A refused consent ends the run with the service's answer.
/// </summary>
public static class ConsentGrants
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    /// <summary>What is granted: the scopes, the purpose, and whether a student counts as enrolled in postsecondary.</summary>
    public sealed record Grant(string[] Scopes, string Purpose, Func<LandedStudent, bool> EnrolledInPostsecondary);

    public static async Task RunAsync(
        HttpClient http, AccessTokenSource portal, IReadOnlyList<LandedStudent> students, string recipientOrgId, Grant grant,
        int concurrency, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var granted = 0;
        await PhaseProgress.RunAsync(() => $"setup: consents {Volatile.Read(ref granted):N0}/{students.Count:N0}", () =>
            ClosedLoop.ForCountAsync(students.Count, concurrency, async (i, token) =>
            {
                await GrantAsync(http, portal, students[i], recipientOrgId, grant, today, token);
                Interlocked.Increment(ref granted);
            }, ct));
    }

    /// <summary>One student's consent, valid for <see cref="Lifetime"/> from now; the grantor as of <paramref name="today"/>.</summary>
    public static async Task GrantAsync(
        HttpClient http, AccessTokenSource portal, LandedStudent student, string recipientOrgId, Grant grant, DateOnly today,
        CancellationToken ct)
    {
        var body = new
        {
            recipientOrgId,
            scopes = grant.Scopes,
            purpose = grant.Purpose,
            expiresAt = DateTimeOffset.UtcNow.Add(Lifetime),
            grantor = ConsentGrantor.For(student.Student.Profile.Person.BirthDate, grant.EnrolledInPostsecondary(student), today),
        };
        var personId = student.PersonId;
        using var request = SetupHttp.Json(
            HttpMethod.Post, $"v1/students/{Uri.EscapeDataString(personId)}/consents", body, await portal.HeaderAsync(ct));
        await SetupHttp.SendAsync(http, request, $"POST /v1/students/{personId}/consents", ct, HttpStatusCode.Created);
    }
}
