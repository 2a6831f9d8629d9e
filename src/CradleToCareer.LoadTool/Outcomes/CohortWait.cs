using System.Diagnostics;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>How a wait for a cohort to fill ended: reached or not, the last size read (null: not shown), and how long it took.</summary>
public sealed record WaitOutcome(bool Reached, int? Size, TimeSpan Elapsed, long Reads, long Throttled, string? LastProblem);

/// <summary>
/// Reads an outcomes route over and over until a cohort shows at least a given size. A missing cohort or a 404 (no
/// event names the institution yet) reads as 0; a 429 waits as long as <c>Retry-After</c> says (one second without
/// it). Gives up when the size has not changed for <c>patience</c> (<see cref="Patience"/> unless given): a member
/// linked to another person by the matcher leaves a cohort short for good, and the phase should report that rather
/// than hang.
/// </summary>
public static class CohortWait
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<WaitOutcome> UntilAsync(
        Func<CancellationToken, Task<OutcomesAnswer>> read, string cohort, int target, TimeSpan interval, string label, CancellationToken ct,
        TimeSpan? patience = null)
    {
        var started = Stopwatch.GetTimestamp();
        var stall = new StallWatch(patience ?? Patience);
        int? size = null;
        long reads = 0;
        long throttled = 0;
        string? problem = null;
        var reached = false;
        await PhaseProgress.RunAsync(
            () => $"{label}: {cohort} size {Show(size)} of {target:N0} | {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s{(problem is null ? "" : $" | last problem: {problem}")}",
            async () =>
            {
                while (true)
                {
                    var answer = await read(ct);
                    reads++;
                    if (answer.Status == OutcomesAnswer.Throttled)
                    {
                        throttled++;
                        await Task.Delay(answer.RetryAfter ?? TimeSpan.FromSeconds(1), ct);
                        continue;
                    }
                    var (shown, issue) = Size(answer, cohort);
                    (size, problem) = issue is null ? (shown, null) : (size, issue);
                    if (size >= target)
                    {
                        reached = true;
                        return;
                    }
                    if (stall.Observe(size, Stopwatch.GetElapsedTime(started)))
                    {
                        return;
                    }
                    await Task.Delay(interval, ct);
                }
            });
        return new WaitOutcome(reached, size, Stopwatch.GetElapsedTime(started), reads, throttled, problem);
    }

    /// <summary>One read, tried again after each 429 (waiting as it asks, one second without) up to ten times.</summary>
    public static async Task<OutcomesAnswer> PatientlyAsync(Func<CancellationToken, Task<OutcomesAnswer>> read, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await read(ct);
            if (answer.Status != OutcomesAnswer.Throttled || attempt == 10)
            {
                return answer;
            }
            await Task.Delay(answer.RetryAfter ?? TimeSpan.FromSeconds(1), ct);
        }
    }

    /// <summary>
    /// The cohort's size in an answer: 0 when the cohort or the institution is not there yet, null when suppressed.
    /// An answer that is neither a 404 nor readable figures gives a problem instead (and no size).
    /// </summary>
    public static (int? Size, string? Problem) Size(OutcomesAnswer answer, string cohort)
    {
        if (answer.Status == "404")
        {
            return (0, null);
        }
        if (answer.Status != OutcomesAnswer.Ok)
        {
            return (null, $"HTTP {answer.Status}");
        }
        try
        {
            var figures = OutcomesDocument.Parse(answer.Body).Find(cohort);
            return (figures is null ? 0 : figures.Size, null);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    public static string Show(int? size) => size is { } shown ? shown.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "(not shown)";
}
