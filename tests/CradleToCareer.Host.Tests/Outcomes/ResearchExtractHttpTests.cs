using System.Net;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Outcomes;

/// <summary>
/// Research extracts over HTTP: an admin approves a project, a researcher asks for an extract, the job makes it in the
/// background, and the CSV holds pseudonyms, generalized or dropped small groups, and no person id; every included
/// student's disclosure record shows the project, and nobody else's does.
/// </summary>
public sealed class ResearchExtractHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task An_extract_keeps_groups_of_11_generalizes_smaller_ones_drops_the_rest_and_records_every_inclusion()
    {
        var scenario = await OutcomeScenario.StartAsync(service.Anonymous);
        var born2000 = await GraduatesAsync(scenario, 12, "2000-03-01");
        var born2001 = await GraduatesAsync(scenario, 5, "2001-05-02");
        var born2003 = await GraduatesAsync(scenario, 6, "2003-07-03");
        var born1990 = await GraduatesAsync(scenario, 3, "1990-01-04");
        await scenario.CohortOnceSizedAsync($"/v1/public/outcomes?cohort={scenario.Graduates}", scenario.Graduates, 26);

        var (researchOrg, researcher) = await service.Anonymous.NewClientTokenAsync(["researcher"]);
        var projectId = "proj-" + Guid.NewGuid().ToString("N")[..8];
        var approved = await AsAdminAsync(HttpMethod.Post, "/v1/research/projects", ResearchClient.ProjectBody(projectId, researchOrg, scenario.Graduates));
        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        Assert.Equal($"/v1/research/projects/{projectId}", approved.Headers.Location!.OriginalString);

        var asked = await SendAsync(HttpMethod.Post, $"/v1/research/projects/{projectId}/extracts", researcher);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var extractPath = asked.Headers.Location!.OriginalString;
        var ready = await service.Anonymous.ExtractReadyAsync(extractPath, researcher);
        Assert.Equal(23, ready["summary"]!["rows"]!.GetValue<long>());
        Assert.Equal(11, ready["summary"]!["generalized"]!.GetValue<long>());
        Assert.Equal(3, ready["summary"]!["dropped"]!.GetValue<long>());

        var file = await SendAsync(HttpMethod.Get, ready["download"]!.GetValue<string>(), researcher);
        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        var csv = await file.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("pseudonym,birth_year,sex,cohort,institution_id,", lines[0]);
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(23, rows.Count);
        Assert.Equal(23, rows.Select(row => row[0]).Distinct().Count());
        Assert.Equal(12, rows.Count(row => row[1] == "2000"));
        Assert.Equal(11, rows.Count(row => row[1] == "2000-2004"));
        Assert.All(rows, row => Assert.Equal(scenario.SchoolA, row[4]));
        Assert.DoesNotContain("p_", csv);
        Assert.All(born2000.Concat(born2001), personId => Assert.DoesNotContain(personId, csv));

        var portal = (await service.Anonymous.NewClientTokenAsync(["student-portal"])).Token;
        Assert.Contains(await DisclosuresAsync(born2003[0], portal), entry =>
            entry!["scope"]!.GetValue<string>() == "research"
            && entry["organizationId"]!.GetValue<string>() == researchOrg
            && entry["purpose"]!.GetValue<string>().Contains(projectId, StringComparison.Ordinal));
        Assert.DoesNotContain(await DisclosuresAsync(born1990[0], portal), entry => entry!["scope"]!.GetValue<string>() == "research");
    }

    [Fact]
    public async Task Projects_are_refused_with_their_errors_and_other_organizations_see_nothing()
    {
        var (researchOrg, researcher) = await service.Anonymous.NewClientTokenAsync(["researcher"]);
        var (_, stranger) = await service.Anonymous.NewClientTokenAsync(["researcher"]);

        var invalid = await AsAdminAsync(HttpMethod.Post, "/v1/research/projects", new
        {
            id = "bad id", title = "", organizationId = "no-such-org", purpose = "p", cohorts = new[] { "alumni:2024" },
            fields = new[] { "names" }, expiresAt = "2001-01-01T00:00:00Z", agreement = "DUA",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(
            ["/cohorts/0", "/expiresAt", "/fields/0", "/id", "/organizationId", "/title"],
            errors.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        var notJson = await AsAdminAsync(HttpMethod.Post, "/v1/research/projects", "{ not json");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        var projectId = "proj-" + Guid.NewGuid().ToString("N")[..8];
        // A school year before any scenario's (they start at 1981-1982), so the extract is empty whatever ran before.
        const string NobodysCohort = "graduates:1970-1971";
        Assert.Equal(HttpStatusCode.Created, (await AsAdminAsync(HttpMethod.Post, "/v1/research/projects", ResearchClient.ProjectBody(projectId, researchOrg, NobodysCohort))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await AsAdminAsync(HttpMethod.Post, "/v1/research/projects", ResearchClient.ProjectBody(projectId, researchOrg, NobodysCohort))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/v1/research/projects/{projectId}", stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Post, $"/v1/research/projects/{projectId}/extracts", stranger)).StatusCode);
        var strangersList = JsonNode.Parse(await (await SendAsync(HttpMethod.Get, "/v1/research/projects", stranger)).Content.ReadAsStringAsync())!.AsArray();
        Assert.DoesNotContain(strangersList, project => project!["id"]!.GetValue<string>() == projectId);

        var asked = await SendAsync(HttpMethod.Post, $"/v1/research/projects/{projectId}/extracts", researcher);
        var extractPath = asked.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, extractPath, stranger)).StatusCode);
        var empty = await service.Anonymous.ExtractReadyAsync(extractPath, researcher);
        Assert.Equal(0, empty["summary"]!["rows"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, extractPath + "/file", stranger)).StatusCode);
    }

    private async Task<IReadOnlyList<string>> GraduatesAsync(OutcomeScenario scenario, int count, string birthDate) =>
        await scenario.SendAsync([.. Enumerable.Range(0, count).Select(i => scenario.Graduated($"x{birthDate}-{i}", TestEvents.NewSsid(), scenario.SchoolA, birthDate))]);

    private async Task<JsonArray> DisclosuresAsync(string personId, string portal)
    {
        var response = await SendAsync(HttpMethod.Get, $"/v1/students/{personId}/disclosures", portal);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["entries"]!.AsArray();
    }

    private Task<HttpResponseMessage> AsAdminAsync(HttpMethod method, string path, object body) =>
        service.Anonymous.AsAdminAsync(method, path, body);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token) =>
        service.Anonymous.SendWithTokenAsync(method, path, token);
}
