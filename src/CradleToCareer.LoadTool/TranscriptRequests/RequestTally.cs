using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// Thread-safe counts of one phase's transcript requests: answers by kind (<c>202 &lt;status&gt;</c>, <c>http-NNN</c>,
/// <c>error: ...</c>, <c>timeout</c>), requests sent and answered, and the latency of each request that reached
/// <c>issued</c>.
/// </summary>
public sealed class RequestTally
{
    public const string AcceptedPrefix = "202 ";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _answers = new(StringComparer.Ordinal);
    private readonly List<double> _issueMilliseconds = [];
    private long _sent;
    private long _answered;

    public long Sent => Interlocked.Read(ref _sent);
    public long Answered => Interlocked.Read(ref _answered);

    public static string Accepted(string status) => AcceptedPrefix + status;

    public void Sending() => Interlocked.Increment(ref _sent);

    public void Answer(string kind)
    {
        lock (_lock)
        {
            _answers[kind] = _answers.GetValueOrDefault(kind) + 1;
        }
        Interlocked.Increment(ref _answered);
    }

    public void Issued(TimeSpan latency)
    {
        lock (_lock)
        {
            _issueMilliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public LatencyStats IssueLatency()
    {
        lock (_lock)
        {
            return LatencyStats.Of(_issueMilliseconds);
        }
    }

    public IReadOnlyDictionary<string, long> Answers()
    {
        lock (_lock)
        {
            return new Dictionary<string, long>(_answers, StringComparer.Ordinal);
        }
    }

    /// <summary>Answers other than 202, and requests that got no answer at all.</summary>
    public static long NotAccepted(IReadOnlyDictionary<string, long> answers) =>
        answers.Where(a => !a.Key.StartsWith(AcceptedPrefix, StringComparison.Ordinal)).Sum(a => a.Value);

    /// <summary>One line for the status line and the report: "202 issued 2,990, http-503 10".</summary>
    public static string Describe(IReadOnlyDictionary<string, long> answers) =>
        answers.Count == 0 ? "none" : string.Join(", ", answers.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value:N0}"));
}
