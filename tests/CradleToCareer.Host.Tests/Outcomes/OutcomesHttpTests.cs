using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Outcomes;

/// <summary>
/// The outcome routes over HTTP on a real port: cohorts built from accepted events, what became of their members,
/// suppression, retractions, statewide sums, entity tags and who may read what.
/// </summary>
public sealed class OutcomesHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task A_schools_graduates_and_the_college_entrants_among_them_are_counted_exactly()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        var graduates = Enumerable.Range(0, 24).Select(_ => TestEvents.NewSsid()).ToList();
        await scenario.SendAsync([.. graduates.Select((ssid, i) => scenario.Graduated($"g{i}", ssid, scenario.SchoolA))]);
        await scenario.SendAsync([.. graduates.Take(12).Select((ssid, i) => scenario.Enrolled($"e{i}", ssid))]);

        var school = $"/v1/public/institutions/{scenario.SchoolA}/outcomes";
        var cohort = await scenario.CohortOnceSizedAsync(school, scenario.Graduates, 24);
        var enrolled = await EventuallyAsync(async () =>
        {
            var current = await scenario.CohortOnceSizedAsync(school, scenario.Graduates, 24);
            return current["metrics"]!["enrolled-1y"]!["all"]!["numerator"]?.GetValue<int>() == 12 ? current : null;
        });

        var metric = enrolled["metrics"]!["enrolled-1y"]!;
        AssertCell(metric["all"], 24, 12, 0.5m);
        AssertCell(metric["sex"]!["unknown"], 24, 12, 0.5m);
        AssertCell(metric["sex"]!["F"], 0, 0, null);
        AssertCell(metric["social-services"]!["no"], 24, 12, 0.5m);
        AssertCell(metric["social-services"]!["yes"], 0, 0, null);
        AssertCell(cohort["metrics"]!["credential-3y"]!["all"], 24, 0, 0m);
        Assert.Equal(
            ["ag-complete", "finaid-applied", "enrolled-1y", "30-units-2y", "credential-3y"],
            enrolled["metrics"]!.AsObject().Select(pair => pair.Key));

        var entrants = await scenario.CohortOnceSizedAsync(
            $"/v1/public/institutions/{scenario.College}/outcomes", $"entrants:{scenario.FirstTerm}", 12);
        Assert.Contains("transferred-3y", entrants["metrics"]!.AsObject().Select(pair => pair.Key));
        Assert.Contains("median-wages-after-credential", entrants["metrics"]!.AsObject().Select(pair => pair.Key));
        var median = entrants["metrics"]!["median-wages-after-credential"]!["all"]!;
        Assert.Equal(0, median["denominator"]!.GetValue<int>());
        Assert.Null(median["median"]);
    }

    /// <summary>
    /// Sex, social services and the median, end to end: 12 women and 12 men graduate and enter the college that fall,
    /// every other one with CalFresh before; all earn an associate degree and wages in the two quarters after it,
    /// person i earning 15,000 + 1,000 i in all. Worked by hand: medians 26,500 (all), 20,500 (F, i 0-11),
    /// 32,500 (M, i 12-23), 26,000 (social services, even i), 27,000 (none, odd i).
    /// </summary>
    [Fact]
    public async Task Breakdowns_by_sex_and_social_services_and_the_median_wages_are_served_as_worked_by_hand()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        var awardYear = scenario.Year + 2;
        var events = new List<JsonObject>();
        for (var i = 0; i < 24; i++)
        {
            var (ssid, sex) = (TestEvents.NewSsid(), i < 12 ? "F" : "M");
            events.Add(scenario.Graduated($"m{i}", ssid, scenario.SchoolA, sex: sex));
            events.Add(scenario.Enrolled($"me{i}", ssid, sex));
            events.Add(scenario.Awarded($"ma{i}", ssid, $"{awardYear}-05-20", sex));
            events.Add(scenario.Wage($"mw3-{i}", ssid, awardYear, 3, 10_000m + (1_000m * i), sex));
            events.Add(scenario.Wage($"mw4-{i}", ssid, awardYear, 4, 5_000m, sex));
            if (i % 2 == 0)
            {
                events.Add(scenario.SocialServices($"ms{i}", ssid, $"{scenario.Year}-01-01", sex));
            }
        }

        await scenario.SendAsync([.. events]);

        var entrants = await EventuallyAsync(async () =>
        {
            var cohort = await scenario.CohortOnceSizedAsync(
                $"/v1/public/institutions/{scenario.College}/outcomes", $"entrants:{scenario.FirstTerm}", 24);
            return cohort["metrics"]!["median-wages-after-credential"]!["all"]!["median"] is not null ? cohort : null;
        });
        var median = entrants["metrics"]!["median-wages-after-credential"]!;
        AssertMedian(median["all"], 24, 26_500m);
        AssertMedian(median["sex"]!["F"], 12, 20_500m);
        AssertMedian(median["sex"]!["M"], 12, 32_500m);
        AssertMedian(median["sex"]!["X"], 0, null);
        AssertMedian(median["social-services"]!["yes"], 12, 26_000m);
        AssertMedian(median["social-services"]!["no"], 12, 27_000m);
        var credential = entrants["metrics"]!["credential-3y"]!;
        AssertCell(credential["all"], 24, 24, 1m);
        AssertCell(credential["sex"]!["F"], 12, 12, 1m);
        AssertCell(credential["sex"]!["unknown"], 0, 0, null);
        AssertCell(credential["social-services"]!["yes"], 12, 12, 1m);
        AssertCell(entrants["metrics"]!["employed-after-credential-6y"]!["all"], 24, 24, 1m);

        var graduates = await scenario.CohortOnceSizedAsync(
            $"/v1/public/institutions/{scenario.SchoolA}/outcomes", scenario.Graduates, 24);
        var enrolled = graduates["metrics"]!["enrolled-1y"]!;
        AssertCell(enrolled["sex"]!["M"], 12, 12, 1m);
        AssertCell(enrolled["social-services"]!["no"], 12, 12, 1m);
        AssertCell(graduates["metrics"]!["credential-3y"]!["all"], 24, 24, 1m);
    }

    /// <summary>
    /// A new school's grain learns most of its first graduates by asking their grains, before those grains push; a
    /// retraction sent right after must still take its person out. Ten schools, since the race is one of timing.
    /// </summary>
    [Fact]
    public async Task A_retraction_moves_its_person_out_of_the_cohort_and_small_cohorts_are_suppressed()
    {
        for (var round = 0; round < 10; round++)
        {
            var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
            var ssids = Enumerable.Range(0, 11).Select(_ => TestEvents.NewSsid()).ToList();
            var diplomas = ssids.Select((ssid, i) => scenario.Graduated($"r{i}", ssid, scenario.SchoolA)).ToList();
            await scenario.SendAsync([.. diplomas]);
            var school = $"/v1/public/institutions/{scenario.SchoolA}/outcomes";
            var eleven = await scenario.CohortOnceSizedAsync(school, scenario.Graduates, 11);
            AssertCell(eleven["metrics"]!["ag-complete"]!["all"], 11, 0, 0m);

            await scenario.SendAsync(scenario.Retraction("undo", diplomas[0]["id"]!.GetValue<string>(), ssids[0]));

            var ten = await scenario.CohortOnceSizedAsync(school, scenario.Graduates, null);
            AssertCell(ten["metrics"]!["ag-complete"]!["all"], null, null, null);
            await scenario.CohortOnceSizedAsync($"/v1/public/outcomes?cohort={scenario.Graduates}", scenario.Graduates, null);
        }
    }

    [Fact]
    public async Task Statewide_figures_sum_the_schools_before_suppression()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        await scenario.SendAsync([.. Enumerable.Range(0, 6).Select(i => scenario.Graduated($"a{i}", TestEvents.NewSsid(), scenario.SchoolA))]);
        await scenario.SendAsync([.. Enumerable.Range(0, 6).Select(i => scenario.Graduated($"b{i}", TestEvents.NewSsid(), scenario.SchoolB))]);

        var state = await scenario.CohortOnceSizedAsync($"/v1/public/outcomes?cohort={scenario.Graduates}", scenario.Graduates, 12);
        AssertCell(state["metrics"]!["finaid-applied"]!["all"], 12, 0, 0m);
        foreach (var school in new[] { scenario.SchoolA, scenario.SchoolB })
        {
            await scenario.CohortOnceSizedAsync($"/v1/public/institutions/{school}/outcomes", scenario.Graduates, null);
        }

        var document = await service.Anonymous.GetJsonAsync($"/v1/public/outcomes?cohort={scenario.Graduates}");
        Assert.Null(document["institutionId"]);
        Assert.Single(document["cohorts"]!.AsArray());
    }

    [Fact]
    public async Task Staff_and_anyone_read_the_same_figures_with_an_entity_tag_that_revalidates()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        await scenario.SendAsync([.. Enumerable.Range(0, 15).Select(i => scenario.Graduated($"t{i}", TestEvents.NewSsid(), scenario.SchoolA))]);
        var path = $"/v1/public/institutions/{scenario.SchoolA}/outcomes";
        await scenario.CohortOnceSizedAsync(path, scenario.Graduates, 15);

        using var staff = await scenario.StaffReadAsync(scenario.SchoolA);
        using var anyone = await service.Anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(await anyone.Content.ReadAsStringAsync(), await staff.Content.ReadAsStringAsync());
        var tag = anyone.Headers.ETag!;
        Assert.Equal(tag, staff.Headers.ETag);
        Assert.Contains("no-cache", anyone.Headers.CacheControl!.ToString());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(tag);
        using var notModified = await service.Anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        await scenario.SendAsync(scenario.Graduated("t-late", TestEvents.NewSsid(), scenario.SchoolA));
        await scenario.CohortOnceSizedAsync(path, scenario.Graduates, 16);
        using var changed = new HttpRequestMessage(HttpMethod.Get, path);
        changed.Headers.IfNoneMatch.Add(tag);
        using var fresh = await service.Anonymous.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(tag, fresh.Headers.ETag);
    }

    [Fact]
    public async Task Another_organizations_staff_are_refused_and_bad_ids_and_cohorts_are_problems()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        await scenario.SendAsync(scenario.Graduated("x", TestEvents.NewSsid(), scenario.SchoolA));
        var (_, stranger) = await service.Anonymous.NewClientTokenAsync(["advisor"]);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/institutions/{scenario.SchoolA}/outcomes");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stranger);
        using var refused = await service.Anonymous.SendAsync(request);
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        using var unknownToStaff = await scenario.StaffReadAsync(scenario.SchoolB);
        await AssertProblemAsync(unknownToStaff, HttpStatusCode.NotFound);

        await AssertProblemAsync(await service.Anonymous.GetAsync("/v1/public/institutions/cds:12/outcomes"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await service.Anonymous.GetAsync("/v1/public/institutions/ipeds:000001/outcomes"), HttpStatusCode.NotFound);
        foreach (var cohort in new[] { "", "graduates", "graduates:2024", "alumni:2024-2025", "graduates:1200-1201", "entrants:2025-WI", "graduates:2024-2025%00" })
        {
            using var bad = await service.Anonymous.GetAsync($"/v1/public/outcomes?cohort={cohort}");
            var problem = await AssertProblemAsync(bad, HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["cohort"]);
        }

        var empty = await service.Anonymous.GetJsonAsync("/v1/public/outcomes?cohort=entrants:1981-SP");
        Assert.Empty(empty["cohorts"]!.AsArray());
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()));
        return problem;
    }

    private static void AssertCell(JsonNode? cell, int? denominator, int? numerator, decimal? rate)
    {
        Assert.Equal(denominator, cell!["denominator"]?.GetValue<int>());
        Assert.Equal(numerator, cell["numerator"]?.GetValue<int>());
        Assert.Equal(rate, cell["rate"]?.GetValue<decimal>());
    }

    private static void AssertMedian(JsonNode? cell, int? denominator, decimal? median)
    {
        Assert.Equal(denominator, cell!["denominator"]?.GetValue<int>());
        Assert.Equal(median, cell["median"]?.GetValue<decimal>());
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outcome figures did not settle within 10 seconds.");
    }
}
