using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Tests.Disclosures;
using CradleToCareer.Storage.InMemory.Disclosures;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Consents;

/// <summary>The two lists of consents: the student's, and those granted to the caller's organization.</summary>
public sealed class ListConsentsTests
{
    private static readonly Caller PortalCaller = new("cl_portal", "org-portal", new HashSet<string> { "student-portal" });
    private static readonly Caller CollegeCaller = new("cl_college", ConsentScene.College, new HashSet<string> { "college" });

    [Fact]
    public async Task The_student_list_is_the_survivors_recorded_as_a_portal_read_and_null_for_a_person_id_nobody_has()
    {
        var scene = await ConsentScene.CreateAsync();
        var consent = scene.Book.Hold(ConsentScene.Student, ConsentScene.College);
        var clock = new FakeClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var record = new InMemoryDisclosureRecord();
        var list = new ListStudentConsents(scene.Identity, scene.Book, new DisclosureGate(new FakeStudentRecords(clock), record, clock));

        Assert.Equal([consent], await list.RunAsync(PortalCaller, ConsentScene.MergedAway, CancellationToken.None));
        Assert.Null(await list.RunAsync(PortalCaller, ConsentScene.Nobody, CancellationToken.None));
        var read = Assert.Single(await record.ReadAsync(ConsentScene.Student, CancellationToken.None)).Disclosure;
        Assert.Equal(("consents", "cl_portal", "org-portal", PortalRead.NoConsent), (read.Scope, read.ClientId, read.OrganizationId, read.ConsentId));
        Assert.Empty(await record.ReadAsync(ConsentScene.Nobody, CancellationToken.None));
    }

    [Fact]
    public async Task A_registered_organization_lists_only_the_consents_granted_to_it()
    {
        var scene = await ConsentScene.CreateAsync();
        var toCollege = scene.Book.Hold(ConsentScene.Student, ConsentScene.College);
        scene.Book.Hold(ConsentScene.Student, "org-other");

        var listed = await new ListGrantedConsents(scene.Registry, scene.Book).RunAsync(CollegeCaller, CancellationToken.None);

        Assert.Equal([toCollege], listed);
    }

    [Theory]
    [InlineData("org-unregistered")]
    [InlineData("")]
    public async Task An_organization_the_registry_does_not_know_gets_no_list(string organizationId)
    {
        var scene = await ConsentScene.CreateAsync();
        scene.Book.Hold(ConsentScene.Student, organizationId);

        var listed = await new ListGrantedConsents(scene.Registry, scene.Book)
            .RunAsync(CollegeCaller with { OrganizationId = organizationId }, CancellationToken.None);

        Assert.Null(listed);
    }
}
