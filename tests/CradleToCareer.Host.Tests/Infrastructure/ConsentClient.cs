using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Consents granted the way the student portal grants them, and the "not found" body compared without its trace id.</summary>
public static class ConsentClient
{
    /// <summary>As the student portal: grants the organization the scopes for six months; returns the consent id.</summary>
    public static async Task<string> GrantConsentAsync(
        this HttpClient studentPortal, string personId, string orgId, string purpose, params string[] scopes)
    {
        var granted = await studentPortal.PostAsJsonAsync($"/v1/students/{personId}/consents", new
        {
            recipientOrgId = orgId,
            scopes,
            purpose,
            expiresAt = DateTimeOffset.UtcNow.AddMonths(6),
            grantor = "student",
        });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        return (await granted.Content.ReadFromJsonAsync<JsonObject>())!["consentId"]!.GetValue<string>();
    }

    /// <summary>A problem body without its <c>traceId</c>, which differs per request: what two answers must share to be alike.</summary>
    public static async Task<string> BodyWithoutTraceAsync(this HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }
}
