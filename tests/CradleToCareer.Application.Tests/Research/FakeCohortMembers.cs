using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>
/// Cohort members held in a test per cohort and institution. It remembers the largest page asked for, and lets a test
/// change the members each time the institutions of a cohort are asked for: that is where a pass of a job begins.
/// </summary>
internal sealed class FakeCohortMembers : ICohortMemberSource
{
    private readonly Dictionary<(string Cohort, string InstitutionId), SortedDictionary<string, CohortMember>> _members = [];

    /// <summary>Runs with the running count of institution lists asked for (1, 2, ...) before answering.</summary>
    public Action<int>? OnInstitutionsAsked { get; set; }

    public int InstitutionListsAsked { get; private set; }

    public int LargestPageAsked { get; private set; }

    public int PagesAsked { get; private set; }

    public void Add(string personId, CohortMember member)
    {
        var key = (member.Cohort, member.InstitutionId);
        if (!_members.TryGetValue(key, out var members))
        {
            _members[key] = members = new SortedDictionary<string, CohortMember>(StringComparer.Ordinal);
        }

        members[personId] = member;
    }

    public void Remove(string personId)
    {
        foreach (var members in _members.Values)
        {
            members.Remove(personId);
        }
    }

    public Task<IReadOnlyList<string>> InstitutionsAsync(string cohort, CancellationToken cancellationToken)
    {
        OnInstitutionsAsked?.Invoke(++InstitutionListsAsked);
        return Task.FromResult<IReadOnlyList<string>>(
            [.. _members.Where(m => m.Key.Cohort == cohort && m.Value.Count > 0).Select(m => m.Key.InstitutionId).Order(StringComparer.Ordinal)]);
    }

    public Task<IReadOnlyList<PersonInCohort>> MembersAsync(
        string cohort, string institutionId, string? afterPersonId, int limit, CancellationToken cancellationToken)
    {
        PagesAsked++;
        LargestPageAsked = Math.Max(LargestPageAsked, limit);
        var members = _members.GetValueOrDefault((cohort, institutionId)) ?? [];
        return Task.FromResult<IReadOnlyList<PersonInCohort>>(
            [.. members
                .Where(m => afterPersonId is null || string.CompareOrdinal(m.Key, afterPersonId) > 0)
                .Take(limit)
                .Select(m => new PersonInCohort(m.Key, m.Value))]);
    }
}
