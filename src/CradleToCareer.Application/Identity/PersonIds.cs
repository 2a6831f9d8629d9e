using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CradleToCareer.Application.Identity;

/// <summary>Opaque person ids: random, never derived from anything about the person.</summary>
public static partial class PersonIds
{
    public static string New() =>
        "p_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True when the text has the shape of a person id (it may still name nobody).</summary>
    public static bool IsWellFormed(string personId) => PersonIdPattern().IsMatch(personId);

    /// <summary>The id the person goes by now (the survivor, after a merge); null for an ill-formed id or nobody.</summary>
    public static async Task<string?> CurrentAsync(this IIdentityStore identity, string personId, CancellationToken cancellationToken) =>
        IsWellFormed(personId) ? await identity.CanonicalAsync(personId, cancellationToken) : null;

    [GeneratedRegex("^p_[0-9a-f]{32}$")]
    private static partial Regex PersonIdPattern();
}
