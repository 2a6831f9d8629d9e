using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Identity;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>Matching, the progress view and transcripts across a two-silo cluster: whichever silo answers, it knows what the other accepted.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloIdentityAndViewTests(PostgresFixture postgres)
{
    private readonly MatchingPeople _people = new();

    [Fact]
    public async Task A_record_sent_to_one_silo_matches_a_record_accepted_by_the_other()
    {
        var (first, second) = await ClusterAsync("match");
        await using var _ = first;
        await using var __ = second;

        var k12 = await first.Http.PostSingleAsync(TestEvents.EnrollmentOf("cm-1-" + Guid.NewGuid().ToString("N"), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Beatriz", _people.Surname, _people.BirthDate, "F", _people.Street(3), "Lodi", "95240")));
        var college = await second.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf("cm-2-" + Guid.NewGuid().ToString("N"), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Beatris", _people.Surname, _people.BirthDate, "F", _people.Street(3), "Lodi", "95240")));

        Assert.Equal("accepted", college.Status());
        Assert.Equal(k12.PersonId(), college.PersonId());
    }

    [Fact]
    public async Task The_progress_view_on_one_silo_reflects_an_event_the_other_just_acknowledged()
    {
        var (first, second) = await ClusterAsync("progress");
        await using var _ = first;
        await using var __ = second;
        var ssid = TestEvents.NewSsid();
        var personId = (await first.Http.PostSingleAsync(TestEvents.Course("cp-1-" + ssid, ssid, mark: "A"))).PersonId();
        var (orgId, token) = await first.Anonymous.NewClientTokenAsync(["advisor"]);
        var granted = await first.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", new
        {
            recipientOrgId = orgId, scopes = new[] { "progress" }, purpose = "advising",
            expiresAt = DateTimeOffset.UtcNow.AddMonths(3), grantor = "student",
        });
        Assert.True(granted.IsSuccessStatusCode);
        using var advisorOnFirst = TestTenant.Authenticated(first.Http.BaseAddress!, token);
        await advisorOnFirst.GetFromJsonAsync<JsonObject>($"/v1/students/{personId}/progress");

        await second.Http.PostSingleAsync(TestEvents.Course("cp-2-" + ssid, ssid, mark: "C"));
        var view = await advisorOnFirst.GetFromJsonAsync<JsonObject>($"/v1/students/{personId}/progress");

        Assert.Equal(3.0m, view!["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.Equal(10m, view["k12"]!["creditsEarned"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_transcript_on_one_silo_reflects_the_other_and_a_key_rotated_on_one_is_published_by_both()
    {
        var (first, second) = await ClusterAsync("transcripts");
        await using var _ = first;
        await using var __ = second;
        var history = await TranscriptHistory.IngestAsync(first, "transcript");

        var late = await second.Http.PostSingleAsync(TestEvents.Course("ct-late-" + history.Ssid, history.Ssid, mark: "A", ag: "d"));
        var transcript = (await (await history.IssueAsync("k12")).Content.ReadFromJsonAsync<JsonObject>())!;
        var admin = new HttpRequestMessage(HttpMethod.Post, "/v1/transcript-keys/rotate");
        admin.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await first.Anonymous.AdminTokenAsync());
        var rotated = (await (await first.Anonymous.SendAsync(admin)).Content.ReadFromJsonAsync<JsonObject>())!["keyId"]!.GetValue<string>();
        var publishedBySecond = (await second.Anonymous.GetFromJsonAsync<JsonObject>("/.well-known/jwks.json"))!["keys"]!.AsArray();

        Assert.Equal("accepted", late.Status());
        Assert.Equal(25m, transcript["k12"]!["creditsEarned"]!.GetValue<decimal>());
        Assert.Contains(publishedBySecond, key => key!["kid"]!.GetValue<string>() == rotated);
        Assert.Contains(publishedBySecond, key => key!["kid"]!.GetValue<string>() == "tk_first");
    }

    private async Task<(ServiceUnderTest First, ServiceUnderTest Second)> ClusterAsync(string name)
    {
        var database = await postgres.CreateDatabaseAsync(name);
        var cluster = "C2C:Cluster:ClusterId=" + name;
        var first = await ServiceUnderTest.StartAsync(database, cluster);
        return (first, await ServiceUnderTest.StartAsync(database, cluster));
    }
}
