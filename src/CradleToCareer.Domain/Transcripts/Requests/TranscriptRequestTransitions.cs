namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>
/// Which status a request may move to from which (exchange.md). A request is received, then waits for consent or is
/// issued at once; an issued transcript is delivered and acknowledged. It may be canceled only before it is issued,
/// expires only while waiting, and fails only before it is issued. <c>acknowledged</c>, <c>canceled</c>,
/// <c>expired</c> and <c>failed</c> are final.
/// </summary>
public static class TranscriptRequestTransitions
{
    /// <summary>How long a request waits for a consent before it expires.</summary>
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromDays(30);

    private static readonly Dictionary<string, string[]> Next = new(StringComparer.Ordinal)
    {
        [TranscriptRequestStatus.Received] =
            [TranscriptRequestStatus.AwaitingConsent, TranscriptRequestStatus.Issued, TranscriptRequestStatus.Canceled, TranscriptRequestStatus.Failed],
        [TranscriptRequestStatus.AwaitingConsent] =
            [TranscriptRequestStatus.Issued, TranscriptRequestStatus.Canceled, TranscriptRequestStatus.Expired, TranscriptRequestStatus.Failed],
        [TranscriptRequestStatus.Issued] = [TranscriptRequestStatus.Delivered, TranscriptRequestStatus.Acknowledged],
        [TranscriptRequestStatus.Delivered] = [TranscriptRequestStatus.Acknowledged],
    };

    public static bool IsAllowed(string from, string to) => Next.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal);

    /// <summary>The statuses a request may move to <paramref name="to"/> from.</summary>
    public static IReadOnlyList<string> From(string to) =>
        [.. Next.Where(pair => pair.Value.Contains(to, StringComparer.Ordinal)).Select(pair => pair.Key)];

    public static bool IsFinal(string status) => !Next.ContainsKey(status);

    /// <summary>Not yet issued: it may still be canceled, and a consent may still issue it.</summary>
    public static bool IsOpen(string status) => status is TranscriptRequestStatus.Received or TranscriptRequestStatus.AwaitingConsent;
}
