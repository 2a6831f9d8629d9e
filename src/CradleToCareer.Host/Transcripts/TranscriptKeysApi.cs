using Microsoft.AspNetCore.Http.HttpResults;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Access;

namespace CradleToCareer.Host.Transcripts;

/// <summary>
/// The keys that verify signed transcripts. <c>GET /.well-known/jwks.json</c> (anyone) lists every
/// transcript key ever used, the retired ones too, since a transcript stays valid;
/// <c>POST /v1/transcript-keys/rotate</c> (admin) starts signing with a new key.
/// </summary>
public static class TranscriptKeysApi
{
    /// <summary>One public key in JWK form (RFC 7517): EC P-256, for ES256 signatures.</summary>
    public sealed record PublicKey(string Kty, string Crv, string X, string Y, string Kid, string Alg, string Use);

    /// <summary>A JWK Set.</summary>
    public sealed record KeySet(IReadOnlyList<PublicKey> Keys);

    /// <summary>The JWK Set at the well-known address, outside <c>/v1</c>.</summary>
    public static IEndpointRouteBuilder MapTranscriptKeySetApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/jwks.json", KeySetAsync)
            .AllowAnonymous()
            .WithTags("Transcripts")
            .WithName("TranscriptKeySet")
            .WithSummary("Public keys that verify signed transcripts, retired ones included")
            .Produces<KeySet>();
        return routes;
    }

    /// <summary>Rotation, under <c>/v1/transcript-keys</c>.</summary>
    public static IEndpointRouteBuilder MapTranscriptKeysApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/rotate", RotateAsync)
            .RequireAuthorization(Roles.Admin)
            .WithTags("Transcripts")
            .WithName("RotateTranscriptKey")
            .WithSummary("Start signing transcripts with a new key; the old one stays published for verification")
            .Produces<SigningKeysApi.RotatedKey>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    /// <summary>Reads the store each time, so a key another silo rotated in is published here at once.</summary>
    private static async Task<Ok<KeySet>> KeySetAsync(TranscriptSigner signer, CancellationToken cancellationToken)
    {
        await signer.Keys.RefreshAsync(cancellationToken);
        var keys = signer.Keys.PublicKeys().Keys
            .Select(key => new PublicKey(key.Kty, key.Crv, key.X, key.Y, key.Kid, key.Alg, key.Use))
            .ToList();
        return TypedResults.Ok(new KeySet(keys));
    }

    private static async Task<Ok<SigningKeysApi.RotatedKey>> RotateAsync(TranscriptSigner signer, CancellationToken cancellationToken)
    {
        await signer.Keys.RotateAsync(cancellationToken);
        return TypedResults.Ok(new SigningKeysApi.RotatedKey(signer.Keys.Current.Key.KeyId));
    }
}
