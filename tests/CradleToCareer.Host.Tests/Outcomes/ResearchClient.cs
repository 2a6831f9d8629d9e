using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Outcomes;

/// <summary>Research routes as tests call them: as the admin, as a researcher, and waiting for an extract.</summary>
internal static class ResearchClient
{
    /// <summary>A project over one cohort with every optional field, for 30 days.</summary>
    public static object ProjectBody(string id, string organizationId, string cohort) => new
    {
        id,
        title = "Test project",
        organizationId,
        purpose = "Testing extracts",
        cohorts = new[] { cohort },
        fields = new[] { "milestones", "gpa-bands", "units-band", "award-level", "wage-band", "social-services" },
        expiresAt = DateTimeOffset.UtcNow.AddDays(30),
        agreement = "DUA-test",
    };

    /// <summary>As the bootstrap admin; a string body is sent as it is.</summary>
    public static async Task<HttpResponseMessage> AsAdminAsync(this HttpClient anonymous, HttpMethod method, string path, object body)
    {
        var admin = await anonymous.AdminTokenAsync();
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        return await anonymous.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SendWithTokenAsync(this HttpClient anonymous, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await anonymous.SendAsync(request);
    }

    /// <summary>Polls the extract until it is ready (failing at once if it failed), for at most 30 seconds.</summary>
    public static async Task<JsonObject> ExtractReadyAsync(this HttpClient anonymous, string extractPath, string token)
    {
        JsonObject? last = null;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await anonymous.SendWithTokenAsync(HttpMethod.Get, extractPath, token);
            last = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            if (last["status"]?.GetValue<string>() == "ready")
            {
                return last;
            }

            Assert.NotEqual("failed", last["status"]?.GetValue<string>());
            await Task.Delay(100);
        }

        throw new TimeoutException($"The extract was not ready within 30 seconds: {last}");
    }
}
