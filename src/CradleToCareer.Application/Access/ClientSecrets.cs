using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace CradleToCareer.Application.Access;

/// <summary>
/// Client secrets and their stored form: PBKDF2-HMAC-SHA256 with a random salt, written as
/// <c>pbkdf2-sha256$iterations$salt$hash</c> (salt and hash in base64) so a stored hash says how to check it.
/// </summary>
public static class ClientSecrets
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const int SecretBytes = 32;

    private static readonly Lazy<string> DecoyHash = new(() => Hash(Generate()));

    /// <summary>A new secret: 32 random bytes, base64url.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>The storable hash of the secret, salted afresh on every call.</summary>
    public static string Hash(string secret) => Hash(secret, Iterations);

    /// <summary>The storable hash with this many iterations, for what has less chance in it than a generated secret.</summary>
    public static string Hash(string secret, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(secret, salt, iterations, HashBytes);
        return string.Join(
            '$',
            Scheme,
            iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt),
            Convert.ToBase64String(hash));
    }

    /// <summary>True when the secret matches the stored hash; false for a wrong secret or a malformed hash.</summary>
    public static bool Verify(string secret, string hash)
    {
        if (!TryParse(hash, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(secret, salt, iterations, expected.Length), expected);
    }

    /// <summary>
    /// Spends the time of one verification against a hash that matches nothing, so that an unknown
    /// client id takes as long to refuse as a wrong secret.
    /// </summary>
    public static void VerifyAgainstDecoy(string secret) => Verify(secret, DecoyHash.Value);

    /// <summary>
    /// The stamp of a stored hash (<see cref="ClientRecord.SecretStamp"/>): 16 hex digits of its SHA-256. Each new
    /// secret is hashed with a new salt, so each gets a new stamp; the stamp says nothing about the secret.
    /// </summary>
    public static string StampOf(string hash) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(hash)))[..16];

    private static byte[] Derive(string secret, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, length);

    private static bool TryParse(string hash, out int iterations, out byte[] salt, out byte[] expected)
    {
        iterations = 0;
        salt = expected = [];
        var parts = hash.Split('$');
        return parts.Length == 4
            && parts[0] == Scheme
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            && iterations > 0
            && TryFromBase64(parts[2], out salt)
            && TryFromBase64(parts[3], out expected);
    }

    private static bool TryFromBase64(string text, out byte[] bytes)
    {
        var buffer = new byte[text.Length * 3 / 4];
        var decoded = Convert.TryFromBase64String(text, buffer, out var written) && written > 0;
        bytes = decoded ? buffer[..written] : [];
        return decoded;
    }
}
