using System.Net.Http.Headers;
using System.Text;
using CradleToCareer.Application.Access;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Domain.Text;

namespace CradleToCareer.Host.Access;

/// <summary>
/// <c>POST /oauth/token</c>: OAuth 2.0 client credentials (RFC 6749 §4.4). Credentials come as HTTP Basic
/// or as form fields. Errors carry RFC 6749's <c>error</c> and <c>error_description</c> inside a
/// problem+json body, so both OAuth libraries and problem-details clients understand them.
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/oauth/token", IssueAsync)
            .DisableAntiforgery()
            .WithName("IssueToken")
            .WithTags("Access")
            .WithSummary("Issue an access token (client credentials)")
            .WithDescription(
                "Form fields grant_type=client_credentials, client_id, client_secret (or HTTP Basic), and an optional " +
                "space-separated scope naming roles of the client: the token then carries only those.")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return routes;
    }

    /// <summary>A successful token answer (RFC 6749 §5.1).</summary>
    public sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    private static async Task<IResult> IssueAsync(
        HttpContext context, IAccessRegistry registry, AccessTokenIssuer issuer, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The form body could not be read.");
        }

        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required.");
        }

        if (grantType != "client_credentials")
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var (clientId, clientSecret) = Credentials(context.Request, form);
        var client = clientId is null || clientSecret is null || !PlainText.IsText(clientId)
            ? null
            : await registry.VerifyAsync(clientId, clientSecret, cancellationToken);
        if (client is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"c2c\"";
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "The client is unknown or the secret is wrong.");
        }

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Except(client.Roles, StringComparer.Ordinal).Any())
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_scope", "scope may only name roles this client has: " + string.Join(", ", client.Roles) + ".");
        }

        var roles = requested.Length == 0 ? client.Roles : requested.Distinct(StringComparer.Ordinal).ToList();
        var (token, expiresIn) = issuer.Issue(new AccessTokenClaims(client.ClientId, client.OrganizationId, roles, requested, client.SecretStamp));
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expiresIn));
    }

    private static (string? Id, string? Secret) Credentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { } parameter)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter)).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        var id = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        return (id.Length == 0 ? null : id, secret.Length == 0 ? null : secret);
    }

    private static IResult Error(int status, string error, string description) => TypedResults.Problem(
        description,
        statusCode: status,
        title: error,
        extensions: new Dictionary<string, object?> { ["error"] = error, ["error_description"] = description });
}
