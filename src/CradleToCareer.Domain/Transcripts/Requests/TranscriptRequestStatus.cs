namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>The statuses of a transcript request (exchange.md).</summary>
public static class TranscriptRequestStatus
{
    /// <summary>Accepted and stored; not yet matched against a consent.</summary>
    public const string Received = "received";

    /// <summary>No consent covers it yet, or nobody matches: the requester cannot tell which.</summary>
    public const string AwaitingConsent = "awaiting-consent";

    /// <summary>The transcript was issued and kept; the request points at it.</summary>
    public const string Issued = "issued";

    /// <summary>The issued transcript reached the requester: its push was answered 2xx, or the requester fetched it.</summary>
    public const string Delivered = "delivered";

    /// <summary>The requester confirmed receipt.</summary>
    public const string Acknowledged = "acknowledged";

    /// <summary>The requester cancelled it before it was issued.</summary>
    public const string Canceled = "canceled";

    /// <summary>Thirty days passed without a consent.</summary>
    public const string Expired = "expired";

    /// <summary>Issuing failed for good.</summary>
    public const string Failed = "failed";

    public static IReadOnlyList<string> Known { get; } =
        [Received, AwaitingConsent, Issued, Delivered, Acknowledged, Canceled, Expired, Failed];

    public static bool IsKnown(string? status) => status is not null && Known.Contains(status);
}
