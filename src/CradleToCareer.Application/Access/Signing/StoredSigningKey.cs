namespace CradleToCareer.Application.Access.Signing;

/// <summary>A token-signing key as its store holds it.</summary>
/// <param name="KeyId">The <c>kid</c> tokens signed with it carry.</param>
/// <param name="PrivateKeyPkcs8">The EC private key, PKCS#8 DER.</param>
/// <param name="CreatedAt">When it was made; the newest unretired key signs.</param>
/// <param name="RetiredAt">When it stopped signing, or null while it may sign.</param>
public sealed record StoredSigningKey(string KeyId, byte[] PrivateKeyPkcs8, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt);
