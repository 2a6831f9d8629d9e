using CradleToCareer.Domain.Research;

namespace CradleToCareer.Host.Research;

/// <summary>
/// Where an extract stands: its status (queued, running, ready, failed), how far its job got, what the finished file
/// holds, and where to take it once it is ready.
/// </summary>
public sealed record ExtractView(
    string ExtractId,
    string ProjectId,
    string Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    ExtractProgress Progress,
    ExtractSummary? Summary,
    DateTimeOffset? FinishedAt,
    string? Failure,
    string? Download)
{
    public static ExtractView Of(ResearchExtract extract) => new(
        extract.ExtractId, extract.ProjectId, extract.Status, extract.RequestedBy, extract.RequestedAt,
        new ExtractProgress(extract.Processed, extract.Total, extract.Attempt), extract.Summary, extract.FinishedAt, extract.Failure,
        extract.Status == ExtractStatus.Ready ? ResearchLinks.File(extract.ProjectId, extract.ExtractId) : null);
}

/// <summary>Cohort members looked at so far in the current attempt, of how many (null until counted).</summary>
public sealed record ExtractProgress(long Processed, long? Total, int Attempt);

/// <summary>The addresses of research resources.</summary>
public static class ResearchLinks
{
    public static string Project(string projectId) => $"/v1/research/projects/{Uri.EscapeDataString(projectId)}";

    public static string Extract(string projectId, string extractId) => $"{Project(projectId)}/extracts/{extractId}";

    public static string File(string projectId, string extractId) => $"{Extract(projectId, extractId)}/file";
}
