using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Views;

/// <summary>The advising view over HTTP: computed values, sections by consent scope, no existence leak, disclosure.</summary>
public sealed class ProgressHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task Credits_gpas_and_a_g_status_are_those_of_the_history()
    {
        var ssid = TestEvents.NewSsid();
        var personId = await HistoryAsync(ssid, finaid: false, wages: false, services: false);
        var (advisor, orgId) = await AdvisorAsync();
        await service.Http.GrantConsentAsync(personId, orgId, "academic advising", "progress");
        var asked = DateTimeOffset.UtcNow;

        var view = await advisor.GetFromJsonAsync<JsonObject>($"/v1/students/{personId}/progress");

        var asOf = view!["asOf"]!.GetValue<string>();
        Assert.EndsWith("Z", asOf);
        Assert.InRange(DateTimeOffset.Parse(asOf), asked.AddMilliseconds(-1), DateTimeOffset.UtcNow);
        // Three grade-11 courses of 5 credits: A (4) and B (3) in English (b), C (2) in mathematics (c).
        // GPA (4 + 3 + 2) / 3 = 3.00; credits 15; a-g: b 2 of 8 semesters, c 1 of 6; a-g GPA 10-11 3.00.
        Assert.Equal(personId, view!["personId"]!.GetValue<string>());
        Assert.Equal(15m, view["k12"]!["creditsEarned"]!.GetValue<decimal>());
        Assert.Equal(3.00m, view["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.Equal(2, view["k12"]!["ag"]!["subjects"]!["b"]!["done"]!.GetValue<int>());
        Assert.Equal(8, view["k12"]!["ag"]!["subjects"]!["b"]!["required"]!.GetValue<int>());
        Assert.Equal(1, view["k12"]!["ag"]!["subjects"]!["c"]!["done"]!.GetValue<int>());
        Assert.False(view["k12"]!["ag"]!["complete"]!.GetValue<bool>());
        Assert.Equal(3.00m, view["k12"]!["ag"]!["gpa1011"]!.GetValue<decimal>());
        Assert.Equal("k12", view["currentEnrollment"]!["level"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(new[] { "progress" }, new string[0])]
    [InlineData(new[] { "progress", "finaid" }, new[] { "finaid" })]
    [InlineData(new[] { "progress", "workforce" }, new[] { "workforce" })]
    [InlineData(new[] { "progress", "social-services" }, new[] { "socialServices" })]
    [InlineData(new[] { "progress", "finaid", "workforce", "social-services", "transcript" }, new[] { "finaid", "workforce", "socialServices" })]
    public async Task Each_scope_adds_exactly_its_section(string[] scopes, string[] sections)
    {
        var personId = await HistoryAsync(TestEvents.NewSsid(), finaid: true, wages: true, services: true);
        var (advisor, orgId) = await AdvisorAsync();
        await service.Http.GrantConsentAsync(personId, orgId, "academic advising", scopes);

        var view = await advisor.GetFromJsonAsync<JsonObject>($"/v1/students/{personId}/progress");

        foreach (var section in new[] { "finaid", "workforce", "socialServices" })
        {
            Assert.Equal(sections.Contains(section), view!.ContainsKey(section));
        }

        var milestones = view!["milestones"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(sections.Contains("finaid"), milestones.Contains("finaid.application-submitted"));
    }

    [Fact]
    public async Task Without_consent_the_answer_is_the_one_for_nobody_and_a_revocation_applies_at_once()
    {
        var personId = await HistoryAsync(TestEvents.NewSsid(), finaid: false, wages: false, services: false);
        var (advisor, orgId) = await AdvisorAsync();

        var noConsent = await advisor.GetAsync($"/v1/students/{personId}/progress");
        var nobody = await advisor.GetAsync($"/v1/students/p_{new string('0', 32)}/progress");
        var consentId = await service.Http.GrantConsentAsync(personId, orgId, "academic advising", "progress");
        var granted = await advisor.GetAsync($"/v1/students/{personId}/progress");
        await service.Http.DeleteAsync($"/v1/students/{personId}/consents/{consentId}");
        var revoked = await advisor.GetAsync($"/v1/students/{personId}/progress");

        Assert.Equal(HttpStatusCode.NotFound, noConsent.StatusCode);
        Assert.Equal(await nobody.BodyWithoutTraceAsync(), await noConsent.BodyWithoutTraceAsync());
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
    }

    [Fact]
    public async Task Every_view_is_recorded_and_an_event_acknowledged_before_the_request_is_in_it()
    {
        var ssid = TestEvents.NewSsid();
        var personId = await HistoryAsync(ssid, finaid: false, wages: false, services: false);
        var (advisor, orgId) = await AdvisorAsync();
        var consentId = await service.Http.GrantConsentAsync(personId, orgId, "academic advising", "progress");

        await advisor.GetFromJsonAsync<JsonObject>($"/v1/students/{personId}/progress");
        await service.Http.PostSingleAsync(TestEvents.Course("progress-late-" + ssid, ssid, mark: "A", ag: "d"));
        var after = await advisor.GetFromJsonAsync<JsonObject>($"/v1/students/{personId}/progress");
        var record = await service.Http.GetJsonAsync($"/v1/students/{personId}/disclosures");

        Assert.Equal(20m, after!["k12"]!["creditsEarned"]!.GetValue<decimal>());
        var entries = record["entries"]!.AsArray();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("progress", consentId, orgId),
            (e!["scope"]!.GetValue<string>(), e["consentId"]!.GetValue<string>(), e["organizationId"]!.GetValue<string>())));
    }

    /// <summary>An enrollment and three courses; optionally a FAFSA, a wage record and a social-services participation.</summary>
    private async Task<string> HistoryAsync(string ssid, bool finaid, bool wages, bool services)
    {
        var events = new List<JsonObject>
        {
            TestEvents.Enrollment("pe-" + ssid, ssid, schoolYear: CurrentSchoolYear()),
            TestEvents.Course("pa-" + ssid, ssid, mark: "A", ag: "b"),
            TestEvents.Course("pb-" + ssid, ssid, mark: "B", ag: "b", term: "FA"),
            TestEvents.Course("pc-" + ssid, ssid, mark: "C", ag: "c"),
        };
        if (finaid)
        {
            events.Add(TestEvents.Fafsa("pf-" + ssid, ssid, "521-44-" + ssid[..4]));
        }

        if (wages)
        {
            events.Add(TestEvents.Envelope("pw-" + ssid, "c2c.workforce.wage.reported", new JsonObject
            {
                ["student"] = TestEvents.Student(ssid),
                ["employer"] = new JsonObject { ["idHash"] = "e" + ssid, ["naics"] = "622110" },
                ["year"] = 2025,
                ["quarter"] = 2,
                ["wages"] = 4200.00,
            }));
        }

        if (services)
        {
            events.Add(TestEvents.Envelope("ps-" + ssid, "c2c.socialservices.participation", new JsonObject
            {
                ["student"] = TestEvents.Student(ssid),
                ["program"] = "calfresh",
                ["startDate"] = "2024-01-01",
            }));
        }

        var results = await service.Http.PostBatchAsync([.. events]);
        Assert.All(results, r => Assert.Equal("accepted", r.Status()));
        return results[0].PersonId();
    }

    /// <summary>The school year (July to June) of today, so the enrollment is current whenever the test runs.</summary>
    private static string CurrentSchoolYear()
    {
        var today = DateTime.UtcNow;
        var start = today.Month >= 7 ? today.Year : today.Year - 1;
        return $"{start}-{start + 1}";
    }

    private async Task<(HttpClient Advisor, string OrgId)> AdvisorAsync()
    {
        var (orgId, token) = await service.Anonymous.NewClientTokenAsync(["advisor"]);
        return (TestTenant.Authenticated(service.Http.BaseAddress!, token), orgId);
    }
}
