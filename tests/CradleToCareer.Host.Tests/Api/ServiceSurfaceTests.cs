using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>Health endpoints and the OpenAPI document.</summary>
public sealed class ServiceSurfaceTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Theory]
    [InlineData("/health/live", "live")]
    [InlineData("/health/ready", "ready")]
    public async Task Health_endpoints_answer(string path, string status)
    {
        var health = await service.Http.GetJsonAsync(path);

        Assert.Equal(status, health["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_openapi_document_describes_ingest_with_examples_for_every_content_type()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");

        var post = document["paths"]!["/v1/events"]!["post"]!;
        var content = post["requestBody"]!["content"]!.AsObject();
        foreach (var mediaType in new[] { "application/cloudevents+json", "application/cloudevents-batch+json", "application/x-ndjson" })
        {
            Assert.NotNull(content[mediaType]?["example"]);
        }

        Assert.NotNull(post["responses"]!["200"]!["content"]!["application/json"]!["example"]);
        Assert.NotNull(document["paths"]!["/v1/students/{personId}"]);
        Assert.NotNull(document["paths"]!["/v1/institutions/{institutionId}"]);
    }

    [Fact]
    public async Task The_openapi_document_shows_the_steward_routes_with_examples()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");

        var merge = document["paths"]!["/v1/identity/merges"]!["post"]!;
        var reviews = document["paths"]!["/v1/identity/reviews"]!["get"]!;
        Assert.Equal(
            "p_5f0c2e8a9b1d4c7e8f60a1b2c3d4e5f6",
            merge["requestBody"]!["content"]!["application/json"]!["example"]!["survivorId"]!.GetValue<string>());
        Assert.NotNull(merge["responses"]!["201"]!["content"]!["application/json"]!["example"]!["mergeId"]);
        var example = reviews["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal(2, example["total"]!.GetValue<int>());
        Assert.Equal(["possible-match", "matcher-merge"], example["reviews"]!.AsArray().Select(item => item!["kind"]!.GetValue<string>()));
        Assert.NotNull(document["paths"]!["/v1/identity/merges/{mergeId}/undo"]!["post"]);
    }

    [Fact]
    public async Task The_openapi_document_shows_transcripts_with_an_example_per_representation()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");

        var issue = document["paths"]!["/v1/students/{personId}/transcripts"]!["post"]!;
        var created = issue["responses"]!["201"]!["content"]!;
        Assert.Equal("all", issue["requestBody"]!["content"]!["application/json"]!["example"]!["level"]!.GetValue<string>());
        Assert.Equal("t_3b9e2f4a6c8d40e1b7a5c3d2e1f0a9b8", created["application/json"]!["example"]!["transcriptId"]!.GetValue<string>());
        Assert.StartsWith("eyJ", created["application/jwt"]!["example"]!.GetValue<string>());
        Assert.Contains("urn:org:pesc:message:CollegeTranscript:v1.6.0", created["application/xml"]!["example"]!.GetValue<string>());
        Assert.NotNull(issue["responses"]!["406"]);
        Assert.NotNull(document["paths"]!["/v1/transcripts/{transcriptId}"]!["get"]!["responses"]!["200"]!["content"]!["application/jwt"]!["example"]);
        Assert.NotNull(document["paths"]!["/.well-known/jwks.json"]!["get"]);
    }

    [Fact]
    public async Task The_openapi_document_shows_subscriptions_with_examples()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");

        var create = document["paths"]!["/v1/subscriptions"]!["post"]!;
        var deliveries = document["paths"]!["/v1/subscriptions/{subscriptionId}/deliveries"]!["get"]!;
        Assert.StartsWith("https://", create["requestBody"]!["content"]!["application/json"]!["example"]!["url"]!.GetValue<string>());
        Assert.StartsWith("whsec_", create["responses"]!["201"]!["content"]!["application/json"]!["example"]!["secret"]!.GetValue<string>());
        Assert.Equal(503, deliveries["responses"]!["200"]!["content"]!["application/json"]!["example"]!["deliveries"]![0]!["lastResponseCode"]!.GetValue<int>());
        Assert.NotNull(document["paths"]!["/v1/subscriptions/{subscriptionId}"]!["delete"]!["responses"]!["204"]);
    }

    [Fact]
    public async Task The_openapi_document_shows_the_alert_stream_with_an_example_event()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");

        var stream = document["paths"]!["/v1/alerts/stream"]!["get"]!["responses"]!["200"]!["content"]!["text/event-stream"]!["example"]!.GetValue<string>();

        Assert.StartsWith("id: a_", stream);
        Assert.Contains("data: {\"specversion\":\"1.0\"", stream);
    }

    [Fact]
    public async Task The_openapi_document_says_which_operations_need_a_bearer_token()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");

        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/v1/events"]!["post"]!["security"]);
        Assert.NotNull(document["paths"]!["/v1/organizations"]!["post"]!["security"]);
        Assert.Null(document["paths"]!["/oauth/token"]!["post"]!["security"]);
        Assert.Null(document["paths"]!["/health/ready"]!["get"]!["security"]);
    }

    [Fact]
    public async Task The_swagger_ui_is_served()
    {
        var response = await service.Http.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
