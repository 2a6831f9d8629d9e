namespace CradleToCareer.Application.Access.Signing;

/// <summary>A stored signing key could not be decrypted: the configured key-encryption key is not the one it was stored under, or the row was altered.</summary>
public sealed class SigningKeyDecryptionException(string keyId, Exception? inner)
    : Exception(
        $"Signing key '{keyId}' could not be decrypted: the configured signing-key encryption key is not the one " +
        "it was stored with, or the stored key was altered.",
        inner)
{
    public string KeyId { get; } = keyId;
}
