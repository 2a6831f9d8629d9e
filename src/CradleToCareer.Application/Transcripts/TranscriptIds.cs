using System.Text.RegularExpressions;

namespace CradleToCareer.Application.Transcripts;

/// <summary>Transcript ids: <c>t_</c> and 32 lowercase hex digits.</summary>
public static partial class TranscriptIds
{
    public static string New() => "t_" + Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string transcriptId) => TranscriptIdPattern().IsMatch(transcriptId);

    [GeneratedRegex("^t_[0-9a-f]{32}$")]
    private static partial Regex TranscriptIdPattern();
}
