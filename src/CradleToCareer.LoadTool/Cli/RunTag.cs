using System.Globalization;

namespace CradleToCareer.LoadTool.Cli;

/// <summary>
/// The tag of a run that goes into event ids and organization ids: lower-case letters, digits and hyphens. By default
/// a letter naming the command and the UTC time to the second, so reruns against one database start afresh.
/// </summary>
public static class RunTag
{
    public const int MaxLength = 24;

    /// <summary><paramref name="prefix"/> and the UTC time to the second: new every second.</summary>
    public static string New(string prefix, DateTime utcNow) => prefix + utcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);

    public static string Checked(string tag) =>
        tag.Length is > 0 and <= MaxLength && tag[0] != '-' && tag.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? tag
            : throw new ToolException($"--tag must be 1 to {MaxLength} lower-case letters, digits or hyphens, not starting with a hyphen");
}
