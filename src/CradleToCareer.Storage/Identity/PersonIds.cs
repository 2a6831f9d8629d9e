using System.Security.Cryptography;

namespace CradleToCareer.Storage.Identity;

/// <summary>Opaque person ids: random, never derived from anything about the person.</summary>
public static class PersonIds
{
    public static string New() =>
        "p_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
