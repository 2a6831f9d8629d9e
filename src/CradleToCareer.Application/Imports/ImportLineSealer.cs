using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Application.Imports;

/// <summary>
/// Keeps an upload's lines encrypted while they wait to be ingested (AES-256-GCM under C2C:Security:KeyEncryptionKey),
/// each bound to its job and line number, so a sealed line cannot be moved to another. An uploaded line is source data
/// as sent, SSN included, and its SSN becomes a token only when the line is ingested: until then it rests only sealed,
/// and the statement that records a chunk's results deletes the chunk's lines.
/// </summary>
public sealed class ImportLineSealer(byte[] keyEncryptionKey)
{
    private readonly PrivateKeyProtector _protector = new(keyEncryptionKey, "import-line\0");

    public IReadOnlyList<NdjsonLine> Seal(string importId, IReadOnlyList<NdjsonLine> lines) =>
        [.. lines.Select(line => line.Bytes is { } bytes ? line with { Bytes = _protector.Seal(Binding(importId, line), bytes.Span) } : line)];

    /// <summary>The lines as uploaded; false when they cannot be opened (the key-encryption key is not the one they were sealed with).</summary>
    public bool TryOpen(string importId, IReadOnlyList<NdjsonLine> lines, out IReadOnlyList<NdjsonLine> opened)
    {
        try
        {
            opened = [.. lines.Select(line => line.Bytes is { } bytes ? line with { Bytes = _protector.Open(Binding(importId, line), bytes.Span) } : line)];
            return true;
        }
        catch (SigningKeyDecryptionException)
        {
            opened = [];
            return false;
        }
    }

    private static string Binding(string importId, NdjsonLine line) => $"{importId}\0{line.Number}";
}
