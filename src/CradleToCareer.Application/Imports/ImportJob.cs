namespace CradleToCareer.Application.Imports;

/// <summary>Where an import job stands. <see cref="Receiving"/> is the upload under way: such a job is nobody's to see or run.</summary>
public static class ImportStatus
{
    public const string Receiving = "receiving";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
}

/// <summary>How many lines came to each result status.</summary>
public sealed record ImportCounts(long Accepted, long Duplicate, long Conflict, long Rejected)
{
    public static readonly ImportCounts None = new(0, 0, 0, 0);

    public long Total => Accepted + Duplicate + Conflict + Rejected;

    public static ImportCounts Of(IEnumerable<string> statuses)
    {
        var counts = statuses.CountBy(status => status).ToDictionary();
        return new ImportCounts(
            counts.GetValueOrDefault("accepted"),
            counts.GetValueOrDefault("duplicate"),
            counts.GetValueOrDefault("conflict"),
            counts.GetValueOrDefault("rejected"));
    }

    public ImportCounts Plus(ImportCounts other) => new(
        Accepted + other.Accepted, Duplicate + other.Duplicate, Conflict + other.Conflict, Rejected + other.Rejected);
}

/// <summary>
/// An import of an NDJSON file: whose it is (the uploading client, its organization and roles, under which every line
/// is ingested), how many lines it has, how many are processed and how they came out. <see cref="ResultsDeletedAt"/>
/// says when a done job's lines and results were deleted, once they had been kept long enough.
/// </summary>
public sealed record ImportJob(
    string ImportId,
    string OrganizationId,
    string ClientId,
    IReadOnlyList<string> Roles,
    string Status,
    long Lines,
    long Processed,
    ImportCounts Counts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? ResultsDeletedAt = null)
{
    /// <summary>A job whose upload is starting.</summary>
    public static ImportJob Receiving(string importId, Caller caller, DateTimeOffset createdAt) => new(
        importId, caller.OrganizationId, caller.ClientId, [.. caller.Roles.Order(StringComparer.Ordinal)], ImportStatus.Receiving,
        0, 0, ImportCounts.None, createdAt, null);

    /// <summary>The caller every line of the job is ingested as.</summary>
    public Caller Caller => new(ClientId, OrganizationId, new HashSet<string>(Roles, StringComparer.Ordinal));
}

/// <summary>
/// A stored chunk of an import's lines: its sequence (0, 1, 2, ...), the lines in order, and how many times its ingest
/// has failed so far (<see cref="ImportRetries"/>).
/// </summary>
public sealed record ImportChunk(int Sequence, IReadOnlyList<Ingest.NdjsonLine> Lines, int Failures = 0);

/// <summary>What one clean-up of old imports deleted.</summary>
public sealed record ImportsForgotten(int ResultsDeleted, int UploadsDropped);

/// <summary>A chunk's per-line results as NDJSON (one <see cref="ImportLineResult"/> a line) and their counts.</summary>
public sealed record ImportChunkResults(ReadOnlyMemory<byte> Ndjson, ImportCounts Counts);
