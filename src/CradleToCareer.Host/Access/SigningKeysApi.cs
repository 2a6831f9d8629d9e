using Microsoft.AspNetCore.Http.HttpResults;
using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access.Signing;

namespace CradleToCareer.Host.Access;

/// <summary>
/// <c>POST /v1/signing-keys/rotate</c> (role <c>admin</c>): a new key signs tokens from now on; tokens
/// signed by the previous key stay valid until they expire. Other silos pick the key up within
/// C2C:Security:KeyRefreshSeconds.
/// </summary>
public static class SigningKeysApi
{
    /// <summary>The key that signs from now on.</summary>
    public sealed record RotatedKey(string KeyId);

    public static IEndpointRouteBuilder MapSigningKeysApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/rotate", RotateAsync)
            .RequireAuthorization(Roles.Admin)
            .WithTags("Access")
            .WithName("RotateSigningKey")
            .WithSummary("Start signing access tokens with a new key; the old one keeps validating until its tokens expire")
            .Produces<RotatedKey>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static async Task<Ok<RotatedKey>> RotateAsync(SigningKeyRing keys, CancellationToken cancellationToken)
    {
        await keys.RotateAsync(cancellationToken);
        return TypedResults.Ok(new RotatedKey(keys.Current.Key.KeyId));
    }
}
