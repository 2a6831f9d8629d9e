namespace CradleToCareer.Domain.Transcripts;

/// <summary>What a transcript request's <c>level</c> may ask for (api.md): one record or both.</summary>
public static class TranscriptLevels
{
    public const string K12 = "k12";
    public const string Postsecondary = "postsecondary";
    public const string All = "all";

    public static IReadOnlyList<string> Known { get; } = [K12, Postsecondary, All];

    public static bool IsKnown(string? level) => level is K12 or Postsecondary or All;

    public static bool IncludesK12(string level) => level is K12 or All;

    public static bool IncludesPostsecondary(string level) => level is Postsecondary or All;
}
