using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Identity;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Identity;

/// <summary>After the matcher's merges are committed, the profiles of both persons of each learn it, like after a steward's merge.</summary>
public static class MergedProfiles
{
    /// <summary>
    /// A profile that misses this refresh catches up from the log on its next read, so a failure is only logged.
    /// </summary>
    public static async Task RefreshAsync(this IStudentProfiles students, IReadOnlyList<MergeRequest> merges, ILogger logger)
    {
        if (merges.Count == 0)
        {
            return;
        }

        try
        {
            var persons = merges.SelectMany(merge => new[] { merge.SurvivorId, merge.MergedId }).Distinct(StringComparer.Ordinal);
            await Task.WhenAll(persons.Select(students.RefreshIdentityAsync));
        }
        catch (Exception exception)
        {
            logger.LogWarning(
                exception, "Refreshing the profiles of {Count} matcher's merges failed; they catch up on their next read", merges.Count);
        }
    }
}
