namespace CradleToCareer.Application.Transcripts;

/// <summary>Every e-transcript issued, kept immutable so the organization that requested it can fetch it again.</summary>
public interface ITranscriptArchive
{
    /// <summary>Keeps the transcript, durably.</summary>
    /// <exception cref="TranscriptIdTakenException">A transcript with the same id is kept already; it stays as it was.</exception>
    Task AddAsync(IssuedTranscript transcript, CancellationToken ct);

    /// <summary>The transcript with this id, its document byte for byte as issued; null when there is none.</summary>
    Task<IssuedTranscript?> FindAsync(string transcriptId, CancellationToken ct);
}
