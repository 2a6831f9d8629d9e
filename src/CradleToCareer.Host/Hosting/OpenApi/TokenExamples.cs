using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// The form body of <c>POST /oauth/token</c> (the handler reads the form itself, so nothing else describes it),
/// with an example, and examples of a token, of the two RFC 6749 errors a client meets first, and of the
/// answers that ask it to wait (429 per address or after wrong secrets, 503 when the secret checks are full).
/// </summary>
internal sealed class TokenExamples : IOperationFilter
{
    private const string FormMediaType = "application/x-www-form-urlencoded";

    private const string Token =
        """{ "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjbGllbnRfaWQiOiJjXzdhM2YiLCJvcmciOiJjYy1ub3J0aC1vdXRyZWFjaCJ9.c2lnbmF0dXJl", "token_type": "Bearer", "expires_in": 3600 }""";

    private const string InvalidScope =
        """{ "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "invalid_scope", "status": 400, "detail": "scope may only name roles this client has: advisor, subscriber.", "error": "invalid_scope", "error_description": "scope may only name roles this client has: advisor, subscriber." }""";

    private const string InvalidClient =
        """{ "type": "https://tools.ietf.org/html/rfc9110#section-15.5.2", "title": "invalid_client", "status": 401, "detail": "The client is unknown or the secret is wrong.", "error": "invalid_client", "error_description": "The client is unknown or the secret is wrong." }""";

    private const string SlowDown =
        """{ "type": "https://tools.ietf.org/html/rfc6585#section-4", "title": "slow_down", "status": 429, "detail": "Too many wrong secrets were sent for this client: its secret is not checked until Retry-After seconds have passed.", "error": "slow_down", "error_description": "Too many wrong secrets were sent for this client: its secret is not checked until Retry-After seconds have passed." }""";

    private const string Busy =
        """{ "type": "https://tools.ietf.org/html/rfc9110#section-15.6.4", "title": "temporarily_unavailable", "status": 503, "detail": "The service is checking as many client secrets as it can right now. Send the request again after Retry-After seconds.", "error": "temporarily_unavailable", "error_description": "The service is checking as many client secrets as it can right now. Send the request again after Retry-After seconds." }""";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>()
                .All(name => name.EndpointName != "IssueToken"))
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "client_id and client_secret may come as HTTP Basic credentials instead.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [FormMediaType] = new()
                {
                    Schema = Form(),
                    Example = JsonNode.Parse("""{ "grant_type": "client_credentials", "client_id": "c_7a3f0d2e9b1c48e6a5d4c3b2a1f0e9d8", "client_secret": "q8Xv2mN4pL6rT0yW3zB5cD7fG9hJ1kS2aE4uI6oP8", "scope": "advisor" }"""),
                },
            },
        };
        SetExample(operation, "200", Token);
        SetExample(operation, "400", InvalidScope);
        SetExample(operation, "401", InvalidClient);
        SetExample(operation, "429", SlowDown);
        SetExample(operation, "503", Busy);
    }

    private static OpenApiSchema Form() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "grant_type" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["grant_type"] = Text("Always client_credentials.", ["client_credentials"]),
            ["client_id"] = Text("The client's id (or send HTTP Basic)."),
            ["client_secret"] = Text("The client's secret (or send HTTP Basic)."),
            ["scope"] = Text("Optional, space-separated roles of the client: the token then carries only those."),
        },
    };

    private static OpenApiSchema Text(string description, JsonNode[]? values = null) =>
        new() { Type = JsonSchemaType.String, Description = description, Enum = values };

    private static void SetExample(OpenApiOperation operation, string status, string json)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = JsonNode.Parse(json);
            }
        }
    }
}
