using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CradleToCareer.Host.Hosting;

/// <summary>Marks every operation that needs a token with the bearer scheme, so Swagger UI can send one.</summary>
internal sealed class BearerSecurity : IOperationFilter
{
    public const string SchemeName = "Bearer";

    public static OpenApiSecurityScheme Scheme { get; } = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "An access token from POST /oauth/token (client credentials).",
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
    }
}
