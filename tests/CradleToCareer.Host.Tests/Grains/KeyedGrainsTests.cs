using CradleToCareer.Abstractions;
using CradleToCareer.Grains;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Grains;

/// <summary>Keyed references (types found once, then remembered) name the grains Orleans' own lookup names.</summary>
public sealed class KeyedGrainsTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task A_keyed_reference_names_and_reaches_the_grain_a_looked_up_one_does()
    {
        var ssid = TestEvents.NewSsid();
        var committed = await fixture.CommitAsync(TestEvents.Course("keyed-1", ssid), TestEvents.Course("keyed-2", ssid));
        var personId = committed[0].Outcome.PersonId!;
        var other = "p_" + Guid.NewGuid().ToString("N");

        var first = fixture.Client.Keyed<IStudentGrain>(personId);
        var later = fixture.Client.Keyed<IStudentGrain>(other);
        var institution = fixture.Client.Keyed<IInstitutionGrain>("cds:19647330000000");

        Assert.Equal(fixture.Client.GetGrain<IStudentGrain>(personId).GetGrainId(), first.GetGrainId());
        Assert.Equal(fixture.Client.GetGrain<IStudentGrain>(other).GetGrainId(), later.GetGrainId());
        Assert.Equal(fixture.Client.GetGrain<IInstitutionGrain>("cds:19647330000000").GetGrainId(), institution.GetGrainId());
        Assert.Equal(2, (await fixture.Client.Keyed<IStudentGrain>(personId).GetProfileAsync()).EventCount);
        Assert.Equal(0, (await later.GetProfileAsync()).EventCount);
    }
}
