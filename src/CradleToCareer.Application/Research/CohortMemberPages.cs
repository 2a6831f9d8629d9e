using System.Runtime.CompilerServices;
using CradleToCareer.Domain.Outcomes;

namespace CradleToCareer.Application.Research;

/// <summary>
/// Every member of the cohorts, institution by institution, read in pages of at most <see cref="PageSize"/> in person
/// id order, so a job holds one page at a time whatever the cohorts' size. The data is live: a member who joins or
/// leaves while the pages are read may or may not be seen.
/// </summary>
internal static class CohortMemberPages
{
    public const int PageSize = 1_000;

    public static async IAsyncEnumerable<PersonInCohort> ReadAsync(
        ICohortMemberSource source, IReadOnlyList<string> cohorts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var cohort in cohorts)
        {
            foreach (var institutionId in await source.InstitutionsAsync(cohort, cancellationToken))
            {
                string? after = null;
                while (await source.MembersAsync(cohort, institutionId, after, PageSize, cancellationToken) is { Count: > 0 } page)
                {
                    if (after is not null && string.CompareOrdinal(page[^1].PersonId, after) <= 0)
                    {
                        throw new InvalidOperationException(
                            $"The cohort member source did not move past a page of {cohort} at {institutionId}.");
                    }

                    foreach (var member in page)
                    {
                        yield return member;
                    }

                    after = page[^1].PersonId;
                }
            }
        }
    }
}
