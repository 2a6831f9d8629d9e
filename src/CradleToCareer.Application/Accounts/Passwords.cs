using CradleToCareer.Application.Access;

namespace CradleToCareer.Application.Accounts;

/// <summary>
/// Web account passwords, hashed with PBKDF2-HMAC-SHA256 in the same stored form as client secrets
/// (<see cref="ClientSecrets"/>), but with 600,000 iterations (OWASP's figure for that hash): a person's password has
/// far less chance in it than a generated secret.
/// </summary>
public static class Passwords
{
    public const int Iterations = 600_000;

    private static readonly Lazy<string> DecoyHash = new(() => Hash(ClientSecrets.Generate()));

    public static string Hash(string password) => ClientSecrets.Hash(password, Iterations);

    public static bool Verify(string password, string hash) => ClientSecrets.Verify(password, hash);

    /// <summary>Spends the time of one check, so that an unknown user name takes as long to refuse as a wrong password.</summary>
    public static void VerifyAgainstDecoy(string password) => ClientSecrets.Verify(password, DecoyHash.Value);
}
