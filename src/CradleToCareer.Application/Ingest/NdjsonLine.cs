namespace CradleToCareer.Application.Ingest;

/// <summary>One line of an NDJSON body: its 1-based number and its bytes, or null bytes when it was longer than the line limit.</summary>
public readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte>? Bytes);
