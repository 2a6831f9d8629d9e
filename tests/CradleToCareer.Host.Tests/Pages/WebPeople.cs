using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// People who use the pages, set up through the API as an admin and a school would: staff accounts in an organization
/// of their own, and students (or guardians) holding an activation code issued by the test tenant, which is the
/// student portal.
/// </summary>
internal static class WebPeople
{
    public const string Password = "lantern orchard copper tide";

    /// <summary>A staff member's sign-in, and the organization the account belongs to.</summary>
    public sealed record StaffMember(string OrganizationId, string Username, string AccountId);

    /// <summary>
    /// As the bootstrap admin: a new organization (unless <paramref name="orgId"/> names an existing one) and a staff
    /// account in it with the roles, whose password is <see cref="Password"/>.
    /// </summary>
    public static async Task<StaffMember> NewStaffAsync(
        this HttpClient anonymous, string[] roles, string? orgId = null, string[]? institutions = null)
    {
        var admin = await anonymous.AdminTokenAsync();
        orgId ??= "org-" + Guid.NewGuid().ToString("N")[..8];
        var organization = await anonymous.PostWithTokenAsync("/v1/organizations", new
        {
            id = orgId,
            name = "Organization " + orgId,
            sources = Array.Empty<string>(),
            institutions = institutions ?? [],
            allowedEventTypes = Array.Empty<string>(),
        }, admin);
        Assert.True(organization.IsSuccessStatusCode || organization.StatusCode == HttpStatusCode.Conflict);
        var username = "staff-" + Guid.NewGuid().ToString("N")[..10];
        var account = await anonymous.PostWithTokenAsync(
            $"/v1/organizations/{orgId}/accounts", new { username, password = Password, roles }, admin);
        Assert.True(account.StatusCode == HttpStatusCode.Created, await account.Content.ReadAsStringAsync());
        var created = JsonNode.Parse(await account.Content.ReadAsStringAsync())!;
        return new StaffMember(orgId, username, created["accountId"]!.GetValue<string>());
    }

    /// <summary>An activation code for the person, issued by the test tenant (the student portal).</summary>
    public static async Task<string> ActivationCodeAsync(this HttpClient tenant, string personId, string kind = "student")
    {
        var response = await tenant.PostAsJsonAsync($"/v1/students/{personId}/activation-codes", new { kind });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>();
    }

    /// <summary>
    /// A new student with one enrollment at the test high school, sent by the test tenant; returns the person id.
    /// </summary>
    public static async Task<string> NewStudentAsync(this HttpClient tenant)
    {
        var ssid = TestEvents.NewSsid();
        var result = await tenant.PostSingleAsync(TestEvents.Enrollment("enr-" + Guid.NewGuid().ToString("N"), ssid));
        return result.PersonId();
    }

    /// <summary>A minor's person id, and the student block the school sent, to send more records of the same student.</summary>
    public sealed record Minor(string PersonId, JsonObject Student);

    /// <summary>
    /// A new student born 12 years before <paramref name="today"/>, so a parent or guardian acts for them, with one
    /// enrollment at the test high school.
    /// </summary>
    public static async Task<Minor> NewMinorAsync(this HttpClient tenant, DateOnly today)
    {
        var enrollment = TestEvents.Enrollment("enr-" + Guid.NewGuid().ToString("N"), TestEvents.NewSsid(), grade: "07");
        enrollment["data"]!["student"]!["birthDate"] = today.AddYears(-12).ToString("yyyy-MM-dd");
        var result = await tenant.PostSingleAsync(enrollment);
        Assert.True(result["personId"] is not null, result.ToJsonString());
        return new Minor(result.PersonId(), (JsonObject)enrollment["data"]!["student"]!.DeepClone());
    }
}
