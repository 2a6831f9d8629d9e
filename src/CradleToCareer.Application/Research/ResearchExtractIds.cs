using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CradleToCareer.Application.Research;

/// <summary>Extract ids: <c>x_</c> and 32 lowercase hex digits, 128 random bits.</summary>
public static partial class ResearchExtractIds
{
    public static string New() => "x_" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    public static bool IsWellFormed(string extractId) => ExtractIdPattern().IsMatch(extractId);

    [GeneratedRegex(@"\Ax_[0-9a-f]{32}\z")]
    private static partial Regex ExtractIdPattern();
}
