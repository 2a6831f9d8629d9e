using CradleToCareer.Application.Consents;

namespace CradleToCareer.Application.Tests.Consents;

/// <summary>The two lists of consents: the student's, and those granted to the caller's organization.</summary>
public sealed class ListConsentsTests
{
    private static readonly Caller CollegeCaller = new("cl_college", ConsentScene.College, new HashSet<string> { "college" });

    [Fact]
    public async Task The_student_list_is_the_survivors_and_null_for_a_person_id_nobody_has()
    {
        var scene = await ConsentScene.CreateAsync();
        var consent = scene.Book.Hold(ConsentScene.Student, ConsentScene.College);
        var list = new ListStudentConsents(scene.Identity, scene.Book);

        Assert.Equal([consent], await list.RunAsync(ConsentScene.MergedAway, CancellationToken.None));
        Assert.Null(await list.RunAsync(ConsentScene.Nobody, CancellationToken.None));
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
