using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// What the timed phases returned. <paramref name="Baseline"/> is pass 1 on the baseline host (matching off), null
/// without one; the warm-up passes leave only their error samples.
/// </summary>
public sealed record IdentityRun(
    PassResult? Baseline, PassResult Matching, PassResult Known, ReviewQueueSize ReviewsBefore, ReviewQueueSize ReviewsAfter,
    IReadOnlyList<string> WarmupErrors);

/// <summary>
/// Runs the phases in an order that keeps conditions equal: the warm-up on each host, then pass 1 on the baseline host,
/// pass 1 with matching on the main host, and pass 2 there. Stops at the first phase that ended early.
/// </summary>
public sealed class IdentityPhases(RunStop stop, CancellationToken userCancel)
{
    public async Task<IdentityRun> RunAsync(
        ServiceTarget main, ServiceTarget? baseline, Workload warmup, Workload arrivals, Workload followUps, CancellationToken ct)
    {
        ServiceTarget[] hosts = baseline is null ? [main] : [baseline, main];
        var warmupErrors = await WarmUpAsync(hosts, warmup, ct);
        var withoutMatching = baseline is null ? null : await PhaseAsync(baseline, "pass 1, matching off", arrivals, ct);
        var before = await ReviewQueue.MeasureAsync(main.Http, main.Tokens, ct);
        var matching = await PhaseAsync(main, "pass 1, matching", arrivals, ct);
        var after = await ReviewQueue.MeasureAsync(main.Http, main.Tokens, ct);
        var known = await PhaseAsync(main, "pass 2, ids known", followUps, ct);
        return new IdentityRun(withoutMatching, matching, known, before, after, warmupErrors);
    }

    /// <summary>Sends the warm-up to each host in turn; keeps only the error samples.</summary>
    private async Task<List<string>> WarmUpAsync(ServiceTarget[] hosts, Workload warmup, CancellationToken ct)
    {
        var errors = new List<string>();
        if (warmup.Count == 0)
        {
            return errors;
        }
        foreach (var host in hosts)
        {
            var result = await PhaseAsync(host, "warm-up", warmup, ct);
            errors.AddRange(result.Tally.ErrorSamples().Select(e => $"warm-up on the {host.Name}: {e}"));
        }
        return errors;
    }

    private async Task<PassResult> PhaseAsync(ServiceTarget host, string phase, Workload workload, CancellationToken ct)
    {
        Console.Error.WriteLine($"{host.Name}, {phase}: {workload.Count:N0} events to {host.Http.BaseAddress}");
        var result = await host.Pass.RunAsync($"{host.Name}, {phase}", workload, ct);
        userCancel.ThrowIfCancellationRequested();
        return stop.Fatal is { } fatal ? throw new ToolException(fatal) : result;
    }
}
