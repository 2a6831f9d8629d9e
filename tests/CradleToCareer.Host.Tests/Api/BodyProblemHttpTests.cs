using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>
/// A body the framework cannot bind answers 400 problem+json saying which way it failed: a wrong-typed field
/// is named by JSON Pointer with what it takes (never repeating the value sent), broken JSON and an empty body
/// say so. Each route is called by a client holding the role it needs, so binding is what fails.
/// </summary>
public sealed class BodyProblemHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private const string SentValue = "echo-check-value";

    private const string UnknownPerson = "p_00000000000000000000000000000000";

    [Theory]
    [InlineData("admin", "/v1/organizations", """{ "id": "org-z", "name": "Z", "sources": "echo-check-value" }""", "/sources", "must be an array of strings")]
    [InlineData("admin", "/v1/organizations/test-tenant/clients", """{ "roles": "echo-check-value" }""", "/roles", "must be an array of strings")]
    [InlineData("student-portal", $"/v1/students/{UnknownPerson}/consents", """{ "recipientOrgId": "x", "expiresAt": "echo-check-value" }""", "/expiresAt", "must be a date-time string")]
    [InlineData("college", $"/v1/students/{UnknownPerson}/transcripts", """{ "level": ["echo-check-value"] }""", "/level", "must be a string")]
    [InlineData("subscriber", "/v1/subscriptions", """{ "url": "https://alerts.example/in", "milestones": [["echo-check-value"]] }""", "/milestones/0", "must be a string")]
    public async Task A_field_of_the_wrong_type_is_named_with_what_it_takes(string role, string path, string body, string pointer, string expected)
    {
        var response = await PostAsync(role, path, body);

        var problem = await ProblemAsync(response);
        Assert.StartsWith(expected, problem["errors"]![pointer]![0]!.GetValue<string>());
        Assert.StartsWith($"{pointer} {expected}", problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain(SentValue, problem.ToJsonString());
        Assert.DoesNotContain("Exception", problem.ToJsonString());
    }

    [Theory]
    [InlineData("admin", "/v1/organizations")]
    [InlineData("student-portal", $"/v1/students/{UnknownPerson}/consents")]
    [InlineData("college", $"/v1/students/{UnknownPerson}/transcripts")]
    [InlineData("subscriber", "/v1/subscriptions")]
    public async Task Json_that_is_not_well_formed_says_so_and_where_reading_stopped(string role, string path)
    {
        var response = await PostAsync(role, path, """{ "purpose": "echo-check-value", """);

        var detail = (await ProblemAsync(response))["detail"]!.GetValue<string>();
        Assert.StartsWith("The body is not well-formed JSON: reading stopped at line 1", detail);
        Assert.DoesNotContain(SentValue, detail);
    }

    [Theory]
    [InlineData("admin", "/v1/organizations/test-tenant/clients")]
    [InlineData("student-portal", $"/v1/students/{UnknownPerson}/consents")]
    [InlineData("college", $"/v1/students/{UnknownPerson}/transcripts")]
    [InlineData("subscriber", "/v1/subscriptions")]
    public async Task An_empty_body_says_it_is_empty(string role, string path)
    {
        var response = await PostAsync(role, path, "");

        Assert.Equal(
            "The body is empty: this route takes a JSON object (application/json).",
            (await ProblemAsync(response))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_read_fine_with_a_value_out_of_range_names_the_field_in_the_detail()
    {
        var response = await PostAsync("admin", "/v1/organizations/test-tenant/clients", """{ "roles": ["source", "wizard"] }""");

        var problem = await ProblemAsync(response);
        Assert.Equal("Not valid: /roles/1 (errors says why).", problem["detail"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["/roles/1"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_the_wrong_media_type()
    {
        var token = await TokenAsync("subscriber");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/subscriptions")
        {
            Content = new StringContent("url=https://alerts.example/in", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await service.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("application/json", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> PostAsync(string role, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(role));
        return await service.Anonymous.SendAsync(request);
    }

    private async Task<string> TokenAsync(string role) => role == "admin"
        ? await service.Anonymous.AdminTokenAsync()
        : (await service.Anonymous.NewClientTokenAsync([role])).Token;

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
