using CradleToCareer.Abstractions;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Grains.Outcomes;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Grains;

/// <summary>
/// Live counts and outcome cohorts for one institution. Student grains push their contribution whenever it changes;
/// on activation the grain rebuilds itself from the event log (which persons have records here) and those persons'
/// grains, so nothing depends on a push that a crash swallowed. It rebuilds again every day at midnight UTC, because
/// "enrolled now" also changes when a term or school year ends, with no event to say so. Changes to its cohorts are
/// passed on to the statewide cohort grains shortly after, gathered, and sent again until they arrive.
/// </summary>
public sealed class InstitutionGrain(IEventLog eventLog, TimeProvider clock, ILogger<InstitutionGrain> logger)
    : Grain, IInstitutionGrain
{
    private const int RebuildParallelism = 64;
    private static readonly TimeSpan ForwardDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ForwardRetryDelay = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, InstitutionMembership> _members = new(StringComparer.Ordinal);
    private readonly CohortForwarding _forwarding = new();
    private OutcomesPublication? _outcomes;
    private IGrainTimer? _forwardTimer;

    private string InstitutionId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _outcomes = new OutcomesPublication(InstitutionId, clock);
        await RebuildAsync(cancellationToken);
        var now = clock.GetUtcNow();
        this.RegisterGrainTimer(RebuildAsync, now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime, TimeSpan.FromDays(1));
    }

    public Task UpdateMemberAsync(string personId, InstitutionMembership? membership)
    {
        Set(personId, membership);
        return Task.CompletedTask;
    }

    public Task<InstitutionSummary?> GetSummaryAsync() =>
        Task.FromResult(_members.Count == 0 ? null : InstitutionAggregation.Summarize(InstitutionId, _members.Values));

    public Task<OutcomesDocument?> GetOutcomesAsync() =>
        Task.FromResult(_members.Count == 0 ? null : _outcomes!.Current(_members.Values.SelectMany(m => m.Cohorts)));

    public Task<IReadOnlyList<PersonInCohort>> GetCohortMembersAsync(string cohort, string? afterPersonId, int limit)
    {
        IReadOnlyList<PersonInCohort> page =
        [
            .. _members
                .Where(pair => afterPersonId is null || string.CompareOrdinal(pair.Key, afterPersonId) > 0)
                .SelectMany(pair => pair.Value.Cohorts.Where(c => c.Cohort == cohort).Select(c => new PersonInCohort(pair.Key, c)))
                .OrderBy(member => member.PersonId, StringComparer.Ordinal)
                .Take(limit),
        ];
        return Task.FromResult(page);
    }

    /// <summary>Reads every person's contribution again and applies the differences, so removals are passed on too.</summary>
    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var persons = await eventLog.PersonsAtInstitutionAsync(InstitutionId, cancellationToken);
        var rebuilt = new Dictionary<string, InstitutionMembership?>(StringComparer.Ordinal);
        foreach (var chunk in persons.Chunk(RebuildParallelism))
        {
            var memberships = await Task.WhenAll(chunk.Select(personId =>
                GrainFactory.Keyed<IStudentGrain>(personId).GetMembershipAsync(InstitutionId)));
            for (var i = 0; i < chunk.Length; i++)
            {
                rebuilt[chunk[i]] = memberships[i];
            }
        }

        foreach (var gone in _members.Keys.Where(personId => !rebuilt.ContainsKey(personId)).ToList())
        {
            Set(gone, null);
        }

        foreach (var (personId, membership) in rebuilt)
        {
            Set(personId, membership);
        }
    }

    private void Set(string personId, InstitutionMembership? membership)
    {
        var before = _members.GetValueOrDefault(personId)?.Cohorts ?? [];
        if (membership is null)
        {
            _members.Remove(personId);
        }
        else
        {
            _members[personId] = membership;
        }

        var after = membership?.Cohorts ?? [];
        if (!CohortMemberEquality.SameLists(before, after))
        {
            _outcomes!.MarkStale();
            _forwarding.Note(personId, before, after);
            ScheduleForward(ForwardDelay);
        }
    }

    /// <summary>Never sent from within a call or the activation: the statewide grain may be waiting on this one.</summary>
    private void ScheduleForward(TimeSpan delay) =>
        _forwardTimer ??= this.RegisterGrainTimer(ForwardAsync, delay, Timeout.InfiniteTimeSpan);

    private async Task ForwardAsync(CancellationToken cancellationToken)
    {
        var failed = false;
        foreach (var (cohort, changes) in _forwarding.TakeAll())
        {
            try
            {
                await GrainFactory.Keyed<IStatewideCohortGrain>(cohort).ApplyAsync(InstitutionId, changes);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Passing cohort changes to the statewide figures failed; trying again in {Delay}", ForwardRetryDelay);
                _forwarding.Restore(cohort, changes);
                failed = true;
            }
        }

        _forwardTimer?.Dispose();
        _forwardTimer = null;
        if (failed || !_forwarding.IsEmpty)
        {
            ScheduleForward(failed ? ForwardRetryDelay : ForwardDelay);
        }
    }
}
