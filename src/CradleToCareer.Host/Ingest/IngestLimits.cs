namespace CradleToCareer.Host.Ingest;

/// <summary>Size limits of <c>POST /v1/events</c>; over them the request gets 413 and nothing is applied.</summary>
public static class IngestLimits
{
    public const int MaxBatchEvents = 5_000;

    /// <summary>A single event or a batch array.</summary>
    public const long MaxBodyBytes = 32L * 1024 * 1024;

    /// <summary>An NDJSON stream as a whole; it is committed in chunks as it arrives.</summary>
    public const long MaxStreamBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>One NDJSON line.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    /// <summary>NDJSON lines committed together.</summary>
    public const int StreamChunkEvents = 1_000;
}
