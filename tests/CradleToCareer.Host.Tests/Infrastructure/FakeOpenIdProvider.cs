using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// A minimal OpenID Connect issuer on a loopback port: discovery document, JWKS, and tokens it signs. For sign-in it
/// has an authorization endpoint that approves at once whoever <see cref="NextUser"/> names (the code flow with PKCE,
/// answered with <c>response_mode=query</c>) and a token endpoint that trades the code for an ID token.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    /// <summary>The one client it knows for sign-in.</summary>
    public const string ClientId = "c2c-pages";

    public const string ClientSecret = "test-only-oidc-client-secret";

    private readonly WebApplication _app;
    private readonly ECDsaSecurityKey _key = new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "external-1" };
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);

    private FakeOpenIdProvider(WebApplication app) => _app = app;

    public string Issuer { get; private set; } = "";

    /// <summary>The user name (<c>preferred_username</c>) of whoever signs in next; null refuses with <c>access_denied</c>.</summary>
    public string? NextUser { get; set; }

    /// <summary>When set, the ID token also gives the user name as <c>email</c>, with this as <c>email_verified</c>.</summary>
    public bool? NextEmailVerified { get; set; }

    /// <summary>The settings that make the service offer sign-in through this provider.</summary>
    public string[] SignInSettings(string displayName = "Test Provider") =>
    [
        $"C2C:Web:OpenIdConnect:Authority={Issuer}",
        $"C2C:Web:OpenIdConnect:ClientId={ClientId}",
        $"C2C:Web:OpenIdConnect:ClientSecret={ClientSecret}",
        $"C2C:Web:OpenIdConnect:DisplayName={displayName}",
        "C2C:Web:OpenIdConnect:RequireHttpsMetadata=false",
    ];

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Issuer,
            ["jwks_uri"] = provider.Issuer + "/jwks",
            ["authorization_endpoint"] = provider.Issuer + "/authorize",
            ["token_endpoint"] = provider.Issuer + "/token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["id_token_signing_alg_values_supported"] = new[] { "ES256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { provider.PublicJwk() } }));
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenForCodeAsync);
        await app.StartAsync();
        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return provider;
    }

    /// <summary>A token from this issuer, or signed by a key it never published.</summary>
    public string Token(string audience, string organization, string role, bool signedByStranger = false)
    {
        var key = signedByStranger ? new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = _key.KeyId } : _key;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "external-user", ["org"] = organization, ["role"] = new[] { role } },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Approves <see cref="NextUser"/> for a client of this provider and sends the browser back with a code.</summary>
    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        var redirect = query["redirect_uri"].ToString();
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256" || redirect.Length == 0)
        {
            return Results.BadRequest("unknown client or unsupported request");
        }

        var state = Uri.EscapeDataString(query["state"].ToString());
        if (NextUser is not { } user)
        {
            return Results.Redirect($"{redirect}?error=access_denied&state={state}");
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _codes[code] = new Grant(user, query["nonce"].ToString(), query["code_challenge"].ToString(), redirect, NextEmailVerified);
        return Results.Redirect($"{redirect}?code={code}&state={state}");
    }

    /// <summary>Trades a code, once, for an ID token, when the client's secret and PKCE verifier are right.</summary>
    private async Task<IResult> TokenForCodeAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
        if (form["grant_type"] != "authorization_code"
            || form["client_id"] != ClientId
            || form["client_secret"] != ClientSecret
            || !_codes.TryRemove(form["code"].ToString(), out var grant)
            || grant.CodeChallenge != challenge
            || grant.RedirectUri != form["redirect_uri"])
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        var atHash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]);
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = ClaimsOf(grant, atHash),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.EcdsaSha256),
        });
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    private object PublicJwk()
    {
        var parameters = _key.ECDsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64UrlEncoder.Encode(parameters.Q.X),
            ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y),
            ["kid"] = _key.KeyId,
            ["alg"] = "ES256",
            ["use"] = "sig",
        };
    }

    /// <summary>What an authorization code stands for until the token endpoint redeems it.</summary>
    private static Dictionary<string, object> ClaimsOf(Grant grant, string atHash)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "subject-" + grant.User,
            ["preferred_username"] = grant.User,
            ["nonce"] = grant.Nonce,
            ["at_hash"] = atHash,
        };
        if (grant.EmailVerified is { } verified)
        {
            claims["email"] = grant.User;
            claims["email_verified"] = verified;
        }

        return claims;
    }

    private sealed record Grant(string User, string Nonce, string CodeChallenge, string RedirectUri, bool? EmailVerified);
}
