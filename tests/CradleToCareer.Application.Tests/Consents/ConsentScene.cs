using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Consents;

/// <summary>
/// A student, a second person merged into that student, a person id nobody has and a registered college, in the
/// in-memory identity store and access registry; consents are held by a <see cref="FakeConsentBook"/>.
/// </summary>
internal sealed class ConsentScene
{
    public const string Student = "p_00000000000000000000000000000001";
    public const string MergedAway = "p_00000000000000000000000000000002";
    public const string Nobody = "p_00000000000000000000000000000003";
    public const string College = "org-college";

    private ConsentScene(InMemoryIdentity identity)
    {
        Identity = new InMemoryIdentityStore(identity);
    }

    public InMemoryIdentityStore Identity { get; }

    public InMemoryAccessRegistry Registry { get; } = new();

    public FakeConsentBook Book { get; } = new(new FakeClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero)));

    public static async Task<ConsentScene> CreateAsync()
    {
        var identity = new InMemoryIdentity();
        KnownPersons.Add(identity, Student, MergedAway);
        var scene = new ConsentScene(identity);
        await scene.Identity.MergeAsync(
            new MergeRequest(MergeRequest.NewId(), Student, MergedAway, "same person", "cl_steward", DateTimeOffset.UnixEpoch),
            CancellationToken.None);
        await scene.Registry.AddOrganizationAsync(new Organization(College, "A college", [], [], []), CancellationToken.None);
        scene.Book.AddStudent(Student);
        scene.Book.AddStudent(MergedAway);
        return scene;
    }
}
