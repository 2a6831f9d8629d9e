using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Tokens and admin calls, as an integrator's client would make them.</summary>
public static class AccessClient
{
    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return http.PostAsync("/oauth/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(this HttpClient http, string clientId, string secret, string? scope = null)
    {
        var response = await http.RequestTokenAsync(clientId, secret, scope);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    public static Task<string> AdminTokenAsync(this HttpClient http) =>
        http.TokenAsync(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret);

    public static Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient http, string path, object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
