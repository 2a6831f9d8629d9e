using System.Text.RegularExpressions;

namespace CradleToCareer.Domain.Identity;

/// <summary>The accepted SSN shapes: 9 digits, or 3-2-4 digits separated by dashes.</summary>
internal static partial class SsnFormat
{
    /// <summary>Returns the 9 digits, or null when the text has neither accepted shape.</summary>
    public static string? Normalize(string text) =>
        SsnShape().IsMatch(text) ? text.Replace("-", string.Empty, StringComparison.Ordinal) : null;

    [GeneratedRegex(@"\A(?:[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex SsnShape();
}
