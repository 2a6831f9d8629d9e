using System.Text;
using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Students;
using CradleToCareer.Application.Tests.Consents;
using CradleToCareer.Application.Tests.Disclosures;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Storage.InMemory.Disclosures;

namespace CradleToCareer.Application.Tests.Students;

/// <summary>The student portal's reads of the profile and the disclosure record, before and after a merge, and their record.</summary>
public sealed class StudentReadsTests
{
    private static readonly Caller Portal = new("cl_portal", "org-portal", new HashSet<string> { "student-portal" });

    private readonly StewardScene _scene = new();
    private readonly InMemoryDisclosureRecord _record = new();
    private readonly FakeConsentBook _consents;
    private readonly DisclosureGate _gate;

    public StudentReadsTests()
    {
        _scene.Profiles.Add(StewardScene.First, """{"personId":"first"}""");
        _consents = new FakeConsentBook(_scene.Clock);
        _consents.AddStudent(StewardScene.First);
        _gate = new DisclosureGate(new FakeStudentRecords(_scene.Clock), _record, _scene.Clock);
    }

    [Fact]
    public async Task A_merged_away_id_reads_the_survivors_profile_and_the_read_is_recorded_on_the_survivor()
    {
        await _scene.Merge.RunAsync(StewardScene.Steward, StewardScene.First, StewardScene.Second, "same", CancellationToken.None);

        var profile = await Profiles().RunAsync(Portal with { StudentSession = "sess-7" }, StewardScene.Second, CancellationToken.None);

        Assert.Equal("""{"personId":"first"}""", Encoding.UTF8.GetString(profile!));
        var read = Assert.Single(await _record.ReadAsync(StewardScene.First, CancellationToken.None)).Disclosure;
        Assert.Equal(
            new Disclosure(StewardScene.First, "cl_portal", "org-portal", "profile", PortalRead.NoConsent, "student portal, student session sess-7", _scene.Clock.GetUtcNow()),
            read);
    }

    [Theory]
    [InlineData(StewardScene.Second)]
    [InlineData(StewardScene.Nobody)]
    [InlineData("not-a-person-id")]
    public async Task A_person_without_events_or_an_id_nobody_has_has_no_profile_and_no_disclosure_record_and_nothing_is_recorded(string personId)
    {
        await _record.AppendAsync(Disclosed(StewardScene.Second, "c_1"), CancellationToken.None);
        var before = (await _record.ReadAsync(personId, CancellationToken.None)).Count;

        Assert.Null(await Profiles().RunAsync(Portal, personId, CancellationToken.None));
        Assert.Null(await Disclosures().RunAsync(Portal, personId, CancellationToken.None));
        Assert.Equal(before, (await _record.ReadAsync(personId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task The_disclosure_record_comes_with_its_chain_verified_and_the_reading_is_recorded_for_the_next_one()
    {
        await _record.AppendAsync(Disclosed(StewardScene.First, "c_1"), CancellationToken.None);
        await _record.AppendAsync(Disclosed(StewardScene.First, "c_1"), CancellationToken.None);

        var first = await Disclosures().RunAsync(Portal, StewardScene.First, CancellationToken.None);
        var second = await Disclosures().RunAsync(Portal, StewardScene.First, CancellationToken.None);

        Assert.Equal([1, 2], first!.Entries.Select(entry => entry.EntryNumber));
        Assert.Equal(new ChainVerification(true, null), first.Verification);
        Assert.Equal(("disclosures", PortalRead.NoConsent), (second!.Entries[2].Disclosure.Scope, second.Entries[2].Disclosure.ConsentId));
        Assert.Equal(new ChainVerification(true, null), second.Verification);
    }

    [Fact]
    public async Task The_reading_names_each_consent_with_the_portal_client_and_student_session_that_granted_it()
    {
        var consent = _consents.Hold(StewardScene.First, "org-college", new ConsentAttestation("cl_portal", "sess-9"));
        await _record.AppendAsync(Disclosed(StewardScene.First, consent.ConsentId), CancellationToken.None);

        var reading = await Disclosures().RunAsync(Portal, StewardScene.First, CancellationToken.None);

        var named = reading!.ConsentsById[reading.Entries.Single().Disclosure.ConsentId];
        Assert.Equal(("cl_portal", "sess-9"), (named.GrantedByClientId, named.StudentSession));
    }

    private ReadProfile Profiles() => new(_scene.Store, _scene.Profiles, _gate);

    private ReadDisclosures Disclosures() => new(_scene.Store, _scene.Profiles, _consents, _record, _gate);

    private Disclosure Disclosed(string personId, string consentId) =>
        new(personId, "cl_college", "org-college", "progress", consentId, "advising", _scene.Clock.GetUtcNow());
}
