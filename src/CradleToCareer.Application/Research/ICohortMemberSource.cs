using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Application.Research;

/// <summary>Who is in a cohort, read from the institutions that keep it (their grains), page by page.</summary>
public interface ICohortMemberSource
{
    /// <summary>The institutions with at least one member of <paramref name="cohort"/>, by id.</summary>
    Task<IReadOnlyList<string>> InstitutionsAsync(string cohort, CancellationToken cancellationToken);

    /// <summary>
    /// Members of <paramref name="cohort"/> at the institution in person id order (ordinal), after
    /// <paramref name="afterPersonId"/> when given; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<PersonInCohort>> MembersAsync(
        string cohort, string institutionId, string? afterPersonId, int limit, CancellationToken cancellationToken);
}
