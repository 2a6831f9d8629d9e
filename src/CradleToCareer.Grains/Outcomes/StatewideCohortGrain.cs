using CradleToCareer.Abstractions;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Outcomes;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains.Outcomes;

/// <summary>
/// One cohort across the state: each institution's members of it, as the institution grains pass them on, so the
/// figures are summed over institutions before suppression (outcomes.md). After activation, and again every day, it
/// gathers every institution of the cohort's kind afresh, so a change lost with a crashed silo is made good. The
/// gathering runs beside the grain's calls: changes keep arriving while it runs, and those that arrive are laid over
/// what it gathered. Until the first gathering is done, the figures are not offered (reads wait a little, then get
/// null), because part of a cohort would be a wrong figure, not an early one.
/// </summary>
public sealed class StatewideCohortGrain(IEventLog eventLog, TimeProvider clock, ILogger<StatewideCohortGrain> logger)
    : Grain, IStatewideCohortGrain
{
    private const int RebuildParallelism = 16;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, Dictionary<string, CohortMember>> _byInstitution = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _gathered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Dictionary<string, Dictionary<string, CohortMember?>>? _arrivedWhileGathering;
    private OutcomesPublication? _outcomes;

    private string Cohort => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _outcomes = new OutcomesPublication(null, clock);
        this.RegisterGrainTimer(GatherAsync, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromDays(1)) { Interleave = true });
        return Task.CompletedTask;
    }

    public Task ApplyAsync(string institutionId, IReadOnlyList<CohortChange> changes)
    {
        Apply(_byInstitution, institutionId, changes.Select(change => (change.PersonId, change.Member)));
        if (_arrivedWhileGathering is { } arrived)
        {
            if (!arrived.TryGetValue(institutionId, out var latest))
            {
                arrived[institutionId] = latest = new Dictionary<string, CohortMember?>(StringComparer.Ordinal);
            }

            foreach (var change in changes)
            {
                latest[change.PersonId] = change.Member;
            }
        }

        _outcomes!.MarkStale();
        return Task.CompletedTask;
    }

    public async Task<OutcomesDocument?> GetOutcomesAsync() =>
        await GatheredAsync() ? _outcomes!.Current(_byInstitution.Values.SelectMany(members => members.Values)) : null;

    public async Task<IReadOnlyList<string>?> GetInstitutionsAsync() =>
        await GatheredAsync() ? [.. _byInstitution.Keys.Order(StringComparer.Ordinal)] : null;

    private async Task<bool> GatheredAsync()
    {
        await Task.WhenAny(_gathered.Task, Task.Delay(LongestWait));
        return _gathered.Task.IsCompleted;
    }

    private async Task GatherAsync(CancellationToken cancellationToken)
    {
        if (!CohortKinds.TryParse(Cohort, out var kind))
        {
            _gathered.TrySetResult();
            return;
        }

        _arrivedWhileGathering = new Dictionary<string, Dictionary<string, CohortMember?>>(StringComparer.Ordinal);
        try
        {
            var gathered = await ReadInstitutionsAsync(kind, cancellationToken);
            foreach (var (institutionId, latest) in _arrivedWhileGathering)
            {
                Apply(gathered, institutionId, latest.Select(pair => (pair.Key, pair.Value)));
            }

            _byInstitution.Clear();
            foreach (var (institutionId, members) in gathered)
            {
                _byInstitution[institutionId] = members;
            }

            _outcomes!.MarkStale();
            _gathered.TrySetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Gathering the statewide cohort's members failed; trying again in {Delay}", RetryDelay);
            this.RegisterGrainTimer(GatherAsync, new GrainTimerCreationOptions(RetryDelay, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
        finally
        {
            _arrivedWhileGathering = null;
        }
    }

    private async Task<Dictionary<string, Dictionary<string, CohortMember>>> ReadInstitutionsAsync(string kind, CancellationToken cancellationToken)
    {
        var institutions = await eventLog.InstitutionsAsync(CohortKinds.InstitutionIdPrefix(kind), cancellationToken);
        var gathered = new Dictionary<string, Dictionary<string, CohortMember>>(StringComparer.Ordinal);
        foreach (var chunk in institutions.Chunk(RebuildParallelism))
        {
            var pages = await Task.WhenAll(chunk.Select(institutionId =>
                GrainFactory.Keyed<IInstitutionGrain>(institutionId).GetCohortMembersAsync(Cohort, null, int.MaxValue)));
            for (var i = 0; i < chunk.Length; i++)
            {
                Apply(gathered, chunk[i], pages[i].Select(page => (page.PersonId, (CohortMember?)page.Member)));
            }
        }

        return gathered;
    }

    /// <summary>Sets or removes each person's entry at the institution; an institution left with nobody is dropped.</summary>
    private void Apply(
        Dictionary<string, Dictionary<string, CohortMember>> into, string institutionId, IEnumerable<(string PersonId, CohortMember? Member)> changes)
    {
        if (!into.TryGetValue(institutionId, out var members))
        {
            into[institutionId] = members = new Dictionary<string, CohortMember>(StringComparer.Ordinal);
        }

        foreach (var (personId, member) in changes)
        {
            if (member is not null && member.Cohort == Cohort)
            {
                members[personId] = member;
            }
            else
            {
                members.Remove(personId);
            }
        }

        if (members.Count == 0)
        {
            into.Remove(institutionId);
        }
    }
}
