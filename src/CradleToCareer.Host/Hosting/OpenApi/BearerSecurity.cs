using CradleToCareer.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting.OpenApi;

/// <summary>
/// Marks every operation that needs a token, so Swagger UI can send one: either a token pasted in (the bearer
/// scheme, for tokens from an external OpenID Connect issuer too) or one Swagger UI gets itself from
/// <c>POST /oauth/token</c> with a client id and secret (the OAuth 2.0 client-credentials scheme). Routes open to
/// anyone (token, health, key set) carry no requirement.
/// </summary>
internal sealed class BearerSecurity : IOperationFilter
{
    public const string SchemeName = "Bearer";

    public const string ClientCredentialsSchemeName = "ClientCredentials";

    public const string TokenPath = "/oauth/token";

    public static OpenApiSecurityScheme Scheme { get; } = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "An access token from POST /oauth/token (client credentials).",
    };

    /// <summary>The token endpoint's scopes are role names: asking for some narrows the token to them; none asks for all.</summary>
    public static OpenApiSecurityScheme ClientCredentialsScheme { get; } = new()
    {
        Type = SecuritySchemeType.OAuth2,
        Description = "Swagger UI gets a token itself: enter a client id and secret. Leave every scope unticked for all the client's roles.",
        Flows = new OpenApiOAuthFlows
        {
            ClientCredentials = new OpenApiOAuthFlow
            {
                TokenUrl = new Uri(TokenPath, UriKind.Relative),
                Scopes = Roles.All.Order(StringComparer.Ordinal).ToDictionary(role => role, role => $"only the role {role}"),
            },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
        });
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ClientCredentialsSchemeName, context.Document)] = [],
        });
    }
}
