using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Application.EventLog;

namespace CradleToCareer.Grains;

/// <summary>
/// Live counts for one institution. Student grains push their contribution whenever it changes; on
/// activation the grain rebuilds itself from the event log (which persons have records here) and
/// those persons' grains, so its counts never depend on a push that a crash swallowed. It rebuilds
/// again every day at midnight UTC, because "enrolled now" also changes when a term or school year
/// ends, with no event to say so.
/// </summary>
public sealed class InstitutionGrain(IEventLog eventLog, TimeProvider clock) : Grain, IInstitutionGrain
{
    private const int RebuildParallelism = 64;

    private readonly Dictionary<string, InstitutionMembership> _members = new(StringComparer.Ordinal);

    private string InstitutionId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
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

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        _members.Clear();
        var persons = await eventLog.PersonsAtInstitutionAsync(InstitutionId, cancellationToken);
        foreach (var chunk in persons.Chunk(RebuildParallelism))
        {
            var memberships = await Task.WhenAll(chunk.Select(personId =>
                GrainFactory.GetGrain<IStudentGrain>(personId).GetMembershipAsync(InstitutionId)));
            for (var i = 0; i < chunk.Length; i++)
            {
                Set(chunk[i], memberships[i]);
            }
        }
    }

    private void Set(string personId, InstitutionMembership? membership)
    {
        if (membership is null)
        {
            _members.Remove(personId);
        }
        else
        {
            _members[personId] = membership;
        }
    }
}
