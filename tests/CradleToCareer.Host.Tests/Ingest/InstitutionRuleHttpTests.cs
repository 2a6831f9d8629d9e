using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Ingest;

/// <summary>
/// A school's or college's own records come only from an organization that speaks for it (events.md): another
/// organization naming that school is rejected at <c>/data/institution/id</c>, alone, and changes nothing.
/// </summary>
[Collection(TwoBackendsCollection.Name)]
public sealed class InstitutionRuleHttpTests(TwoBackendsFixture backends)
{
    [Theory]
    [InlineData(TwoBackendsFixture.Embedded)]
    [InlineData(TwoBackendsFixture.Postgres)]
    public async Task A_record_naming_another_organizations_school_is_rejected_alone_and_the_students_view_is_unchanged(string backend)
    {
        var service = backends.On(backend);
        var ssid = TestEvents.NewSsid();
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course("own-" + ssid, ssid, mark: "A"))).PersonId();
        var before = await ProfileAsync(service, personId);
        var (source, school) = (TestEvents.NewSource(), TestEvents.NewSchool());
        var (_, token) = await service.Anonymous.NewClientTokenAsync(
            ["source"], sources: [source], institutions: [school], allowedEventTypes: ["c2c.k12.*", "c2c.finaid.*"]);
        using var otherDistrict = TestTenant.Authenticated(service.Anonymous.BaseAddress!, token);

        var results = await otherDistrict.PostBatchAsync(
            TestEvents.Course("forged-" + ssid, ssid, mark: "F").From(source, TestEvents.HighSchool),
            TestEvents.Course("its-own-" + ssid, TestEvents.NewSsid()).From(source, school),
            TestEvents.Disbursement("aid-" + ssid, TestEvents.NewSsid(), TestEvents.HighSchool, source));

        Assert.Equal(["rejected", "accepted", "accepted"], results.Select(r => r.Status()));
        var refusal = Assert.Single(results[0]!["errors"]!.AsArray());
        Assert.Equal("/data/institution/id", refusal!["path"]!.GetValue<string>());
        Assert.Equal(before, await ProfileAsync(service, personId));
    }

    /// <summary>The student's profile as JSON text, without the moment it was computed.</summary>
    private static async Task<string> ProfileAsync(ServiceUnderTest service, string personId)
    {
        var profile = await service.Http.GetJsonAsync($"/v1/students/{personId}");
        Assert.True(profile.Remove("asOf"));
        return profile.ToJsonString();
    }
}
