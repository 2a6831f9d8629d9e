using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Application.Tests;

/// <summary>Persons and review items in the in-memory identity data, as ingest makes them.</summary>
internal static class KnownPersons
{
    public static void Add(InMemoryIdentity identity, params string[] personIds) =>
        Apply(identity, new IngestPlan([], [], personIds, [], [], [], []));

    public static void AddReview(InMemoryIdentity identity, ReviewItem review) =>
        Apply(identity, new IngestPlan([], [], [], [], [review], [], []));

    private static void Apply(InMemoryIdentity identity, IngestPlan plan)
    {
        lock (identity.Sync)
        {
            identity.Apply(plan);
        }
    }
}
