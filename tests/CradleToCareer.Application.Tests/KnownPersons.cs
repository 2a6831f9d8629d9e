using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.InMemory.Identity;

namespace CradleToCareer.Application.Tests;

/// <summary>Persons in the in-memory identity data, as ingest makes them.</summary>
internal static class KnownPersons
{
    public static void Add(InMemoryIdentity identity, params string[] personIds)
    {
        lock (identity.Sync)
        {
            identity.Apply(new IngestPlan([], [], personIds, [], [], []));
        }
    }
}
