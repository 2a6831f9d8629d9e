using System.Text;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Students;
using CradleToCareer.Application.Tests.Identity;
using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Storage.InMemory.Disclosures;

namespace CradleToCareer.Application.Tests.Students;

/// <summary>The student portal's reads of the profile and the disclosure record, before and after a merge.</summary>
public sealed class StudentReadsTests
{
    private readonly StewardScene _scene = new();
    private readonly InMemoryDisclosureRecord _record = new();

    public StudentReadsTests() => _scene.Profiles.Add(StewardScene.First, """{"personId":"first"}""");

    [Fact]
    public async Task A_merged_away_id_reads_the_survivors_profile()
    {
        await _scene.Merge.RunAsync(StewardScene.Steward, StewardScene.First, StewardScene.Second, "same", CancellationToken.None);

        var profile = await new ReadProfile(_scene.Store, _scene.Profiles).RunAsync(StewardScene.Second, CancellationToken.None);

        Assert.Equal("""{"personId":"first"}""", Encoding.UTF8.GetString(profile!));
    }

    [Theory]
    [InlineData(StewardScene.Second)]
    [InlineData(StewardScene.Nobody)]
    [InlineData("not-a-person-id")]
    public async Task A_person_without_events_or_an_id_nobody_has_has_no_profile_and_no_disclosure_record(string personId)
    {
        await _record.AppendAsync(Disclosed(StewardScene.Second), CancellationToken.None);

        Assert.Null(await new ReadProfile(_scene.Store, _scene.Profiles).RunAsync(personId, CancellationToken.None));
        Assert.Null(await Disclosures().RunAsync(personId, CancellationToken.None));
    }

    [Fact]
    public async Task The_disclosure_record_comes_with_its_chain_verified()
    {
        await _record.AppendAsync(Disclosed(StewardScene.First), CancellationToken.None);
        await _record.AppendAsync(Disclosed(StewardScene.First), CancellationToken.None);

        var reading = await Disclosures().RunAsync(StewardScene.First, CancellationToken.None);

        Assert.Equal([1, 2], reading!.Entries.Select(entry => entry.EntryNumber));
        Assert.Equal(new ChainVerification(true, null), reading.Verification);
    }

    private ReadDisclosures Disclosures() => new(_scene.Store, _scene.Profiles, _record);

    private Disclosure Disclosed(string personId) =>
        new(personId, "cl_college", "org-college", "progress", "c_1", "advising", _scene.Clock.GetUtcNow());
}
