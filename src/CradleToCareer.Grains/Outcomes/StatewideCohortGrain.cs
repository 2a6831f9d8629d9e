using CradleToCareer.Abstractions;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Grains.Outcomes;

/// <summary>
/// One cohort across the state: each institution's members of it, as the institution grains pass them on, so the
/// figures are summed over institutions before suppression (outcomes.md). On activation, and again every day, it asks
/// every institution of the cohort's kind for its members, so a change lost with a crashed silo is made good.
/// </summary>
public sealed class StatewideCohortGrain(IEventLog eventLog, TimeProvider clock) : Grain, IStatewideCohortGrain
{
    private const int RebuildParallelism = 16;

    private readonly Dictionary<string, Dictionary<string, CohortMember>> _byInstitution = new(StringComparer.Ordinal);
    private OutcomesPublication? _outcomes;

    private string Cohort => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _outcomes = new OutcomesPublication(null, clock);
        await RebuildAsync(cancellationToken);
        this.RegisterGrainTimer(RebuildAsync, TimeSpan.FromDays(1), TimeSpan.FromDays(1));
    }

    public Task ApplyAsync(string institutionId, IReadOnlyList<CohortChange> changes)
    {
        if (!_byInstitution.TryGetValue(institutionId, out var members))
        {
            _byInstitution[institutionId] = members = new Dictionary<string, CohortMember>(StringComparer.Ordinal);
        }

        foreach (var change in changes)
        {
            if (change.Member is { } member && member.Cohort == Cohort)
            {
                members[change.PersonId] = member;
            }
            else
            {
                members.Remove(change.PersonId);
            }
        }

        if (members.Count == 0)
        {
            _byInstitution.Remove(institutionId);
        }

        _outcomes!.MarkStale();
        return Task.CompletedTask;
    }

    public Task<OutcomesDocument> GetOutcomesAsync() =>
        Task.FromResult(_outcomes!.Current(_byInstitution.Values.SelectMany(members => members.Values)));

    public Task<IReadOnlyList<string>> GetInstitutionsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. _byInstitution.Keys.Order(StringComparer.Ordinal)]);

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        if (!CohortKinds.TryParse(Cohort, out var kind))
        {
            return;
        }

        var institutions = await eventLog.InstitutionsAsync(CohortKinds.InstitutionIdPrefix(kind), cancellationToken);
        var rebuilt = new Dictionary<string, Dictionary<string, CohortMember>>(StringComparer.Ordinal);
        foreach (var chunk in institutions.Chunk(RebuildParallelism))
        {
            var pages = await Task.WhenAll(chunk.Select(institutionId =>
                GrainFactory.GetGrain<IInstitutionGrain>(institutionId).GetCohortMembersAsync(Cohort, null, int.MaxValue)));
            for (var i = 0; i < chunk.Length; i++)
            {
                if (pages[i].Count > 0)
                {
                    rebuilt[chunk[i]] = pages[i].ToDictionary(p => p.PersonId, p => p.Member, StringComparer.Ordinal);
                }
            }
        }

        _byInstitution.Clear();
        foreach (var (institutionId, members) in rebuilt)
        {
            _byInstitution[institutionId] = members;
        }

        _outcomes!.MarkStale();
    }
}
