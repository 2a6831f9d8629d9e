namespace CradleToCareer.Domain.Research;

/// <summary>
/// One extract asked for under a project, and where its job stands. The file is offered only once
/// <see cref="Status"/> is <see cref="ExtractStatus.Ready"/>, which the job sets in the same step as writing the last
/// of the file, so a half-written file is never offered as done.
/// </summary>
/// <param name="ExtractId"><c>x_</c> and 32 lowercase hex digits.</param>
/// <param name="ProjectId">The project it was asked for under.</param>
/// <param name="OrganizationId">The researcher's organization (the project's).</param>
/// <param name="RequestedBy">The researcher client that asked.</param>
/// <param name="RequestedAt">When it was asked for.</param>
/// <param name="Status">One of <see cref="ExtractStatus"/>.</param>
/// <param name="Attempt">How many times its job has started; a restart begins the file again under a new attempt.</param>
/// <param name="Processed">Cohort members looked at so far in this attempt.</param>
/// <param name="Total">Cohort members to look at, once known.</param>
/// <param name="Summary">What the finished file holds, once ready.</param>
/// <param name="FinishedAt">When it became ready or failed.</param>
/// <param name="Failure">Why it failed, in words fit for the researcher (no data about anyone).</param>
public sealed record ResearchExtract(
    string ExtractId,
    string ProjectId,
    string OrganizationId,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string Status,
    int Attempt,
    long Processed,
    long? Total,
    ExtractSummary? Summary,
    DateTimeOffset? FinishedAt,
    string? Failure);

/// <summary>
/// What a finished extract holds: rows written, rows whose birth year was generalized to a 5-year band, and cohort
/// members dropped because even the band described fewer than 11 rows.
/// </summary>
public sealed record ExtractSummary(long Rows, long Generalized, long Dropped, long Bytes);

/// <summary>The statuses of an extract's job.</summary>
public static class ExtractStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Ready = "ready";
    public const string Failed = "failed";

    public static bool IsFinished(string status) => status is Ready or Failed;
}
