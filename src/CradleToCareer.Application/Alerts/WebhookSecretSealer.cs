using CradleToCareer.Application.Access.Signing;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// Keeps webhook secrets encrypted at rest (AES-256-GCM under C2C:Security:KeyEncryptionKey), bound to their
/// subscription id, so grain state and backups never hold one in clear.
/// </summary>
public sealed class WebhookSecretSealer(byte[] keyEncryptionKey)
{
    private readonly PrivateKeyProtector _protector = new(keyEncryptionKey, "webhook\0");

    public byte[] Seal(string subscriptionId, byte[] secret) => _protector.Seal(subscriptionId, secret);

    /// <exception cref="SigningKeyDecryptionException">The key-encryption key is not the one the secret was sealed with.</exception>
    public byte[] Open(string subscriptionId, byte[] @sealed) => _protector.Open(subscriptionId, @sealed);
}
