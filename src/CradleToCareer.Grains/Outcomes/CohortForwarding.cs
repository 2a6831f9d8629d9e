using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Grains.Outcomes;

/// <summary>
/// The changes an institution grain owes the statewide cohorts, gathered between sends: per cohort, each person's
/// latest entry (null when the person left the cohort here). Only the latest entry matters, so a person who changes
/// twice before a send is sent once.
/// </summary>
internal sealed class CohortForwarding
{
    private Dictionary<string, Dictionary<string, CohortMember?>> _pending = new(StringComparer.Ordinal);

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>Notes the person's move from <paramref name="before"/> to <paramref name="after"/> (either may be empty).</summary>
    public void Note(string personId, IReadOnlyList<CohortMember> before, IReadOnlyList<CohortMember> after)
    {
        foreach (var cohort in before.Concat(after).Select(c => c.Cohort).Distinct(StringComparer.Ordinal))
        {
            var entry = after.FirstOrDefault(c => c.Cohort == cohort);
            if (!_pending.TryGetValue(cohort, out var changes))
            {
                _pending[cohort] = changes = new Dictionary<string, CohortMember?>(StringComparer.Ordinal);
            }

            changes[personId] = entry;
        }
    }

    /// <summary>Takes every pending change, leaving none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CohortChange>> TakeAll()
    {
        var taken = _pending.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<CohortChange>)[.. pair.Value.Select(change => new CohortChange(change.Key, change.Value))],
            StringComparer.Ordinal);
        _pending = new Dictionary<string, Dictionary<string, CohortMember?>>(StringComparer.Ordinal);
        return taken;
    }

    /// <summary>Puts back changes a send failed to deliver, unless a newer change for the same person came meanwhile.</summary>
    public void Restore(string cohort, IReadOnlyList<CohortChange> changes)
    {
        if (!_pending.TryGetValue(cohort, out var pending))
        {
            _pending[cohort] = pending = new Dictionary<string, CohortMember?>(StringComparer.Ordinal);
        }

        foreach (var change in changes)
        {
            pending.TryAdd(change.PersonId, change.Member);
        }
    }
}
