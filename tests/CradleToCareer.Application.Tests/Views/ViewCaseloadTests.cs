using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Tests.Disclosures;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Application.Views;
using CradleToCareer.Storage.InMemory.Disclosures;

namespace CradleToCareer.Application.Tests.Views;

/// <summary>A page of an advisor's caseload: one consented, recorded view per person it names, merged ids counted once.</summary>
public sealed class ViewCaseloadTests
{
    private static readonly Caller Advisor = new("web:a_1", "org-college", new HashSet<string> { "advisor" });

    private readonly StewardScene _scene = new();
    private readonly InMemoryDisclosureRecord _record = new();
    private readonly FakeStudentRecords _students;
    private readonly ViewCaseload _caseload;

    public ViewCaseloadTests()
    {
        _students = new FakeStudentRecords(_scene.Clock);
        _students.AddPerson(StewardScene.First);
        _students.AddPerson(StewardScene.Second);
        _caseload = new ViewCaseload(_scene.Store, _students, new DisclosureGate(_students, _record, _scene.Clock));
    }

    [Fact]
    public async Task Each_consented_person_gives_one_recorded_view_in_the_order_asked_and_the_others_nothing()
    {
        _students.Grant(StewardScene.First, Advisor.OrganizationId, ["progress"]);
        _students.Grant(StewardScene.Second, Advisor.OrganizationId, ["progress", "finaid"]);

        var views = await _caseload.RunAsync(
            Advisor, [StewardScene.Second, StewardScene.Nobody, "not-a-person-id", StewardScene.First], CancellationToken.None);

        Assert.Equal([StewardScene.Second, StewardScene.First], views.Select(view => view.PersonId));
        Assert.Equal(["finaid", "progress"], views[0].Scopes.Order(StringComparer.Ordinal));
        Assert.Equal("progress", Assert.Single(await _record.ReadAsync(StewardScene.First, CancellationToken.None)).Disclosure.Scope);
        Assert.Single(await _record.ReadAsync(StewardScene.Second, CancellationToken.None));
        Assert.Empty(await _record.ReadAsync(StewardScene.Nobody, CancellationToken.None));
    }

    [Fact]
    public async Task A_consent_that_no_longer_covers_progress_leaves_the_person_out_unrecorded()
    {
        _students.Grant(StewardScene.First, Advisor.OrganizationId, ["progress"], revoked: true);
        _students.Grant(StewardScene.Second, Advisor.OrganizationId, ["transcript"]);

        Assert.Empty(await _caseload.RunAsync(Advisor, [StewardScene.First, StewardScene.Second], CancellationToken.None));
        Assert.Equal(0, _students.ViewsBuilt);
        Assert.Empty(await _record.ReadAsync(StewardScene.First, CancellationToken.None));
    }

    [Fact]
    public async Task Two_ids_merged_into_one_person_give_one_view_of_the_survivor_recorded_once()
    {
        _students.Grant(StewardScene.First, Advisor.OrganizationId, ["progress"]);
        await _scene.Merge.RunAsync(StewardScene.Steward, StewardScene.First, StewardScene.Second, "same", CancellationToken.None);

        var views = await _caseload.RunAsync(Advisor, [StewardScene.Second, StewardScene.First], CancellationToken.None);

        Assert.Equal(StewardScene.First, Assert.Single(views).PersonId);
        Assert.Single(await _record.ReadAsync(StewardScene.First, CancellationToken.None));
        Assert.Empty(await _record.ReadAsync(StewardScene.Second, CancellationToken.None));
    }
}
