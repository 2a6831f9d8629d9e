using System.Buffers;
using System.Text;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>
/// Writes one attempt's file in chunks of about <see cref="ChunkBytes"/>. Lines gather in a buffer with the people
/// they describe; a flush first records each of those people's inclusion in their disclosure record, then appends the
/// chunk under the attempt, then reports progress. So no row reaches the store before its person's disclosure is
/// recorded, and the writer holds one chunk's rows and people, never the file's. A person whose rows span two chunks
/// is recorded with each.
/// </summary>
internal sealed class ExtractChunkWriter(
    IResearchExtractStore extracts, IDisclosureRecord disclosures, TimeProvider clock,
    ResearchExtract extract, ResearchProject project, int attempt)
{
    public const int ChunkBytes = 256 * 1024;

    private readonly ArrayBufferWriter<byte> buffer = new(ChunkBytes + (16 * 1024));
    private readonly List<string> people = [];
    private readonly HashSet<string> peopleInChunk = new(StringComparer.Ordinal);
    private int sequence;

    /// <summary>Bytes of the file appended so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>True when the buffer holds a chunk's worth and should be flushed.</summary>
    public bool IsFull => buffer.WrittenCount >= ChunkBytes;

    /// <summary>A line that describes nobody: the header.</summary>
    public void Write(string line) => ExtractCsv.Encoding.GetBytes(line, buffer);

    /// <summary>A line describing the person, whose inclusion is recorded when its chunk is flushed.</summary>
    public void Write(string line, string personId)
    {
        Write(line);
        if (peopleInChunk.Add(personId))
        {
            people.Add(personId);
        }
    }

    /// <summary>
    /// Records the buffered people's disclosures, appends the buffer as the next chunk and reports progress; nothing
    /// when the buffer is empty. False when the attempt is no longer current (the chunk was not kept).
    /// </summary>
    public async Task<bool> FlushAsync(long processed, long total, CancellationToken cancellationToken)
    {
        if (buffer.WrittenCount == 0)
        {
            return true;
        }

        if (!await IsCurrentAsync(cancellationToken))
        {
            return false;
        }

        // All at once: the record commits them in groups, each person's chain in order, rather than one by one.
        var now = clock.GetUtcNow();
        await Task.WhenAll(people.Select(personId =>
            disclosures.AppendAsync(ResearchDisclosures.Of(personId, extract, project, now), cancellationToken)));

        var chunk = buffer.WrittenMemory.ToArray();
        if (!await extracts.AppendChunkAsync(extract.ExtractId, attempt, sequence, chunk, cancellationToken))
        {
            return false;
        }

        sequence++;
        Bytes += chunk.Length;
        buffer.ResetWrittenCount();
        people.Clear();
        peopleInChunk.Clear();
        await extracts.ProgressAsync(extract.ExtractId, attempt, processed, total, cancellationToken);
        return true;
    }

    /// <summary>
    /// Whether the attempt is still the extract's: asked before disclosures are recorded, so an attempt already
    /// overtaken records none for rows it could no longer keep. (Overtaken after this, its chunk is refused all the same.)
    /// </summary>
    private async Task<bool> IsCurrentAsync(CancellationToken cancellationToken) =>
        await extracts.FindAsync(extract.ExtractId, cancellationToken) is { } current
        && current.Attempt == attempt
        && !ExtractStatus.IsFinished(current.Status);
}
