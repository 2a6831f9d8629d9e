namespace CradleToCareer.Application.Transcripts;

/// <summary>A transcript with this id was issued already; an issued transcript is never replaced.</summary>
public sealed class TranscriptIdTakenException(string transcriptId)
    : Exception($"A transcript with id '{transcriptId}' was issued already; an issued transcript is never replaced.")
{
    public string TranscriptId { get; } = transcriptId;
}
