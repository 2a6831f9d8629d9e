using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CradleToCareer.Application.Imports;

/// <summary>Import ids: <c>imp_</c> and 32 lowercase hex digits, 128 random bits.</summary>
public static partial class ImportIds
{
    public static string New() => "imp_" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    public static bool IsWellFormed(string importId) => ImportIdPattern().IsMatch(importId);

    [GeneratedRegex(@"\Aimp_[0-9a-f]{32}\z")]
    private static partial Regex ImportIdPattern();
}
