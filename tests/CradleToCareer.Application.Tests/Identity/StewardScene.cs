using CradleToCareer.Application.Identity;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>Two persons in the in-memory identity store, a steward, and the steward's use cases over them.</summary>
internal sealed class StewardScene
{
    public const string First = "p_00000000000000000000000000000001";
    public const string Second = "p_00000000000000000000000000000002";
    public const string Nobody = "p_00000000000000000000000000000003";

    public static readonly Caller Steward = new("cl_steward", "org-state", new HashSet<string> { "steward" });

    public StewardScene()
    {
        KnownPersons.Add(Identity, First, Second);
        Store = new JournalingIdentityStore(new InMemoryIdentityStore(Identity));
        Merge = new MergePersons(Store, Profiles, Clock);
        Undo = new UndoMerge(Store, Profiles, Clock);
    }

    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public InMemoryIdentity Identity { get; } = new();

    public JournalingIdentityStore Store { get; }

    public FakeStudentProfiles Profiles { get; } = new();

    public MergePersons Merge { get; }

    public UndoMerge Undo { get; }

    /// <summary>True when the merge journal holds the merge.</summary>
    public bool Journaled(string mergeId)
    {
        lock (Identity.Sync)
        {
            return Identity.FindMerge(mergeId) is not null;
        }
    }
}
