using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Api;

/// <summary>
/// Walks every operation of the served OpenAPI document: what a client generator or a person in Swagger UI
/// needs is there for each one, not only for the routes someone remembered.
/// </summary>
public sealed class OpenApiDocumentTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    /// <summary>Routes anyone may call: they must not ask Swagger UI for a token.</summary>
    private static readonly string[] PublicOperations =
        ["POST /oauth/token", "GET /health/live", "GET /health/ready", "GET /.well-known/jwks.json",
         "GET /v1/transcripts/{transcriptId}/verification", "GET /v1/public/institutions/{institutionId}/outcomes",
         "GET /v1/public/outcomes"];

    /// <summary>Resources whose JSON answers must show an example.</summary>
    private static readonly string[] ResourcesWithExamples =
    [
        "/oauth/token", "/v1/organizations", "/v1/consents", "/v1/students/{personId}/consents",
        "/v1/students/{personId}/progress", "/v1/students:resolve", "/v1/institutions", "/v1/public", "/v1/research", "/v1/imports",
    ];

    [Fact]
    public async Task Every_operation_documents_a_success_answer_with_a_schema()
    {
        var operations = await OperationsAsync();

        // 204 No Content has no body by definition (RFC 9110 §15.3.5), so it is the one success without a schema.
        var undocumented = operations
            .Where(operation => !Successes(operation.Body).Any(success =>
                success.Status == "204"
                || (Media(success.Response).Any() && Media(success.Response).All(media => media.Value?["schema"] is not null))))
            .Select(operation => operation.Name)
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public async Task Every_request_body_has_an_example_for_each_media_type()
    {
        var operations = await OperationsAsync();

        var withoutExample = operations
            .Where(operation => operation.Body["requestBody"] is not null)
            .SelectMany(operation => Media(operation.Body["requestBody"]!)
                .Where(media => media.Value?["example"] is null)
                .Select(media => $"{operation.Name} {media.Key}"))
            .ToList();

        Assert.Empty(withoutExample);
    }

    [Fact]
    public async Task Json_answers_of_the_listed_resources_have_examples()
    {
        var operations = await OperationsAsync();

        var listed = operations.Where(operation => ResourcesWithExamples.Any(operation.Path.StartsWith)).ToList();
        var withoutExample = listed
            .SelectMany(operation => Successes(operation.Body)
                .Where(success => success.Response["content"]?["application/json"] is { } json && json["example"] is null)
                .Select(success => $"{operation.Name} {success.Status}"))
            .ToList();

        Assert.True(listed.Count >= 10, $"only {listed.Count} operations matched the listed resources");
        Assert.Empty(withoutExample);
    }

    [Fact]
    public async Task Swagger_ui_can_get_a_token_itself_for_every_route_that_needs_one_and_public_routes_need_none()
    {
        var document = await service.Http.GetJsonAsync("/swagger/v1/swagger.json");
        var operations = Operations(document);

        var clientCredentials = document["components"]!["securitySchemes"]!["ClientCredentials"]!;
        Assert.Equal("oauth2", clientCredentials["type"]!.GetValue<string>());
        Assert.Equal("/oauth/token", clientCredentials["flows"]!["clientCredentials"]!["tokenUrl"]!.GetValue<string>());
        Assert.All(PublicOperations, name => Assert.Contains(name, operations.Select(operation => operation.Name)));
        var publicWithSecurity = operations
            .Where(operation => PublicOperations.Contains(operation.Name) && operation.Body["security"] is JsonArray { Count: > 0 })
            .Select(operation => operation.Name);
        var securedWithoutClientCredentials = operations
            .Where(operation => !PublicOperations.Contains(operation.Name))
            .Where(operation => operation.Body["security"] is not JsonArray requirements
                || !requirements.Any(requirement => requirement!.AsObject().ContainsKey("ClientCredentials"))
                || !requirements.Any(requirement => requirement!.AsObject().ContainsKey("Bearer")))
            .Select(operation => operation.Name);
        Assert.Empty(publicWithSecurity);
        Assert.Empty(securedWithoutClientCredentials);
    }

    [Fact]
    public async Task The_token_endpoint_documents_the_answers_that_ask_a_client_to_wait()
    {
        var token = (await OperationsAsync()).Single(operation => operation.Name == "POST /oauth/token");

        foreach (var (status, error) in new[] { ("429", "slow_down"), ("503", "temporarily_unavailable") })
        {
            var example = token.Body["responses"]![status]!["content"]!["application/problem+json"]!["example"]!;
            Assert.Equal(error, example["error"]!.GetValue<string>());
        }
    }

    private sealed record Operation(string Name, string Path, JsonObject Body);

    private async Task<IReadOnlyList<Operation>> OperationsAsync() =>
        Operations(await service.Http.GetJsonAsync("/swagger/v1/swagger.json"));

    private static List<Operation> Operations(JsonObject document) =>
    [
        .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(method => new Operation($"{method.Key.ToUpperInvariant()} {path.Key}", path.Key, method.Value!.AsObject()))),
    ];

    private static IEnumerable<(string Status, JsonNode Response)> Successes(JsonObject operation) =>
        operation["responses"]!.AsObject()
            .Where(response => response.Key.StartsWith('2'))
            .Select(response => (response.Key, response.Value!));

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Media(JsonNode holder) =>
        holder["content"] is JsonObject content ? content : [];
}
