using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Application.Access.Signing;

/// <summary>
/// Encrypts signing keys at rest with AES-256-GCM. The sealed form is nonce (12 bytes), ciphertext, tag (16 bytes);
/// the key id, after the ring's associated-data prefix, is authenticated with it, so a sealed key cannot be moved
/// to another row or to another ring's table.
/// </summary>
public sealed class PrivateKeyProtector
{
    public const int KeyEncryptionKeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _keyEncryptionKey;
    private readonly string _associatedDataPrefix;

    public PrivateKeyProtector(byte[] keyEncryptionKey, string associatedDataPrefix)
    {
        ArgumentNullException.ThrowIfNull(keyEncryptionKey);
        if (keyEncryptionKey.Length != KeyEncryptionKeySize)
        {
            throw new ArgumentException(
                $"The signing-key encryption key must be {KeyEncryptionKeySize} bytes; it is {keyEncryptionKey.Length}.",
                nameof(keyEncryptionKey));
        }

        _keyEncryptionKey = [.. keyEncryptionKey];
        _associatedDataPrefix = associatedDataPrefix;
    }

    public byte[] Seal(string keyId, ReadOnlySpan<byte> privateKey)
    {
        var @sealed = new byte[NonceSize + privateKey.Length + TagSize];
        var nonce = @sealed.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keyEncryptionKey, TagSize);
        aes.Encrypt(
            nonce,
            privateKey,
            @sealed.AsSpan(NonceSize, privateKey.Length),
            @sealed.AsSpan(NonceSize + privateKey.Length),
            AssociatedData(keyId));
        return @sealed;
    }

    /// <exception cref="SigningKeyDecryptionException">The key-encryption key is wrong or the stored bytes were altered.</exception>
    public byte[] Open(string keyId, ReadOnlySpan<byte> @sealed)
    {
        if (@sealed.Length < NonceSize + TagSize)
        {
            throw new SigningKeyDecryptionException(keyId, null);
        }

        var cipherLength = @sealed.Length - NonceSize - TagSize;
        var privateKey = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(_keyEncryptionKey, TagSize);
            aes.Decrypt(
                @sealed[..NonceSize],
                @sealed.Slice(NonceSize, cipherLength),
                @sealed[(NonceSize + cipherLength)..],
                privateKey,
                AssociatedData(keyId));
            return privateKey;
        }
        catch (CryptographicException exception)
        {
            throw new SigningKeyDecryptionException(keyId, exception);
        }
    }

    private byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes(_associatedDataPrefix + keyId);
}
