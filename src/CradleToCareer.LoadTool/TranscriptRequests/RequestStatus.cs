namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>The statuses of a transcript request the run looks for (exchange.md, "What happens to a request").</summary>
public static class RequestStatus
{
    public const string AwaitingConsent = "awaiting-consent";
    public const string Issued = "issued";

    /// <summary>Statuses a request reaches only after <see cref="Issued"/>: its transcript exists.</summary>
    private static readonly string[] AfterIssued = ["delivered", "acknowledged"];

    /// <summary>True once the transcript has been issued, whether or not it has been delivered or acknowledged since.</summary>
    public static bool HasIssued(string? status) => status == Issued || AfterIssued.Contains(status);
}
