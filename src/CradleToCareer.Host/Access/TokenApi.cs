using CradleToCareer.Application.Access;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Domain.Text;
using CradleToCareer.Host.Access.TokenEndpoint;
using CradleToCareer.Host.Hosting;

namespace CradleToCareer.Host.Access;

/// <summary>
/// <c>POST /oauth/token</c>: OAuth 2.0 client credentials (RFC 6749 §4.4). Credentials come as HTTP Basic
/// or as form fields, never both. Errors carry RFC 6749's <c>error</c> and <c>error_description</c> inside a
/// problem+json body, so both OAuth libraries and problem-details clients understand them. Each address has its
/// own rate limit here (<see cref="TokenEndpointRateLimit"/>), client ids sent wrong secrets are locked out for
/// a while (<see cref="TokenLockout"/>), and secret checks run a few at a time (<see cref="SecretChecks"/>).
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/oauth/token", IssueAsync)
            .DisableAntiforgery()
            .RequireRateLimiting(TokenEndpointRateLimit.Name)
            .WithName("IssueToken")
            .WithTags("Access")
            .WithSummary("Issue an access token (client credentials)")
            .WithDescription(
                "Form fields grant_type=client_credentials, client_id, client_secret (or HTTP Basic, not both), and an optional " +
                "space-separated scope naming roles of the client: the token then carries only those. Too many token requests " +
                "from one address, or too many wrong secrets for one client id, get 429 with Retry-After; the client id's " +
                "secret, even the right one, is not checked until then. 503 with Retry-After when the service is checking " +
                "as many secrets as it can.")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    /// <summary>A successful token answer (RFC 6749 §5.1).</summary>
    public sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    private static async Task<IResult> IssueAsync(
        HttpContext context, IAccessRegistry registry, AccessTokenIssuer issuer, TokenLockout lockout, SecretChecks checks,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return InvalidRequest("The body must be application/x-www-form-urlencoded.");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return InvalidRequest("The form body could not be read.");
        }

        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return InvalidRequest("grant_type is required.");
        }

        if (grantType != "client_credentials")
        {
            return TokenErrors.Problem(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var (credentials, problem) = PresentedCredentials.Read(context.Request, form);
        if (credentials is not { Id: { } clientId, Secret: { } clientSecret } || !PlainText.IsText(clientId))
        {
            return problem is null ? TokenErrors.InvalidClient(context.Response) : InvalidRequest(problem);
        }

        var address = CallerAddress.Of(context);
        if (lockout.LockedFor(clientId, address) is { } wait)
        {
            return TokenErrors.LockedOut(context.Response, wait);
        }

        ClientRecord? client;
        using (var check = await checks.EnterAsync(cancellationToken))
        {
            if (!check.IsAcquired)
            {
                return TokenErrors.Busy(context.Response);
            }

            client = await registry.VerifyAsync(clientId, clientSecret, cancellationToken);
        }

        if (client is null)
        {
            lockout.Failed(clientId, address);
            return TokenErrors.InvalidClient(context.Response);
        }

        lockout.Succeeded(clientId, address);
        return Issue(context.Response, issuer, client, form["scope"].ToString());
    }

    private static IResult Issue(HttpResponse response, AccessTokenIssuer issuer, ClientRecord client, string scope)
    {
        var requested = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Except(client.Roles, StringComparer.Ordinal).Any())
        {
            return TokenErrors.Problem(StatusCodes.Status400BadRequest, "invalid_scope", "scope may only name roles this client has: " + string.Join(", ", client.Roles) + ".");
        }

        var roles = requested.Length == 0 ? client.Roles : requested.Distinct(StringComparer.Ordinal).ToList();
        var (token, expiresIn) = issuer.Issue(new AccessTokenClaims(client.ClientId, client.OrganizationId, roles, requested, client.SecretStamp));
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expiresIn));
    }

    private static IResult InvalidRequest(string description) =>
        TokenErrors.Problem(StatusCodes.Status400BadRequest, "invalid_request", description);
}
