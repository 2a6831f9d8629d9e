using CradleToCareer.Application.Transcripts;
namespace CradleToCareer.Storage.InMemory.Transcripts;

/// <summary>The embedded default's transcript archive, in process memory. Documents are copied in and out, so no caller can change a kept one.</summary>
public sealed class InMemoryTranscriptArchive : ITranscriptArchive
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IssuedTranscript> _transcripts = new(StringComparer.Ordinal);

    public Task AddAsync(IssuedTranscript transcript, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(transcript.Document);
        var copy = transcript with { Document = [.. transcript.Document] };
        lock (_gate)
        {
            if (!_transcripts.TryAdd(transcript.TranscriptId, copy))
            {
                throw new TranscriptIdTakenException(transcript.TranscriptId);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IssuedTranscript?> FindAsync(string transcriptId, CancellationToken ct)
    {
        IssuedTranscript? kept;
        lock (_gate)
        {
            _transcripts.TryGetValue(transcriptId, out kept);
        }

        return Task.FromResult(kept is null ? null : kept with { Document = [.. kept.Document] });
    }
}
