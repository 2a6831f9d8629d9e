using System.Text.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Domain.Tests.Research;

public sealed class ResearchProjectJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_valid_body_gives_its_terms()
    {
        var parsed = Parse(Valid());

        Assert.Empty(parsed.Errors);
        var terms = Assert.IsType<ResearchProjectTerms>(parsed.Terms);
        Assert.Equal("equity-study.2026", terms.ProjectId);
        Assert.Equal("Equity study", terms.Title);
        Assert.Equal("org-university", terms.OrganizationId);
        Assert.Equal("Who goes on to college", terms.Purpose);
        Assert.Equal(["graduates:2024-2025", "entrants:2025-FA"], terms.Cohorts);
        Assert.Equal([ResearchFields.WageBand, ResearchFields.Milestones], terms.Fields);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), terms.ExpiresAt);
        Assert.Equal("DUA-2026-014", terms.Agreement);
        Assert.Equal("org-university", parsed.OrganizationId);
    }

    [Fact]
    public void Approval_keeps_the_terms_and_names_who_approved_and_when()
    {
        var project = Parse(Valid()).Terms!.ApprovedBy("cl_admin", Now);

        Assert.Equal(("equity-study.2026", "cl_admin", Now), (project.ProjectId, project.ApprovedBy, project.ApprovedAt));
        Assert.Equal(["graduates:2024-2025", "entrants:2025-FA"], project.Cohorts);
    }

    [Fact]
    public void No_fields_at_all_may_be_approved_and_unknown_members_are_ignored()
    {
        var body = Valid();
        body["fields"] = new JsonArray();
        body["comment"] = 42;

        var parsed = Parse(body);

        Assert.Empty(parsed.Errors);
        Assert.Empty(parsed.Terms!.Fields);
    }

    [Fact]
    public void Every_missing_member_is_reported_at_once()
    {
        var parsed = Parse(new JsonObject());

        Assert.Null(parsed.Terms);
        Assert.Equal(
            ["/id", "/title", "/organizationId", "/purpose", "/cohorts", "/fields", "/expiresAt", "/agreement"],
            parsed.Errors.Select(e => e.Path));
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_one_error_at_the_root()
    {
        using var document = JsonDocument.Parse("[1]");

        Assert.Equal("", Assert.Single(ResearchProjectJson.Parse(document.RootElement, Now).Errors).Path);
    }

    [Theory]
    [InlineData("id", "\"-starts-with-a-dash\"")]
    [InlineData("id", "\"has space\"")]
    [InlineData("id", "\"a12345678901234567890123456789012345678901234567890123456789012345\"")]
    [InlineData("id", "7")]
    [InlineData("title", "\"\"")]
    [InlineData("title", "\"   \"")]
    [InlineData("organizationId", "\"o12345678901234567890123456789012345678901234567890123456789012345\"")]
    [InlineData("purpose", "[]")]
    [InlineData("agreement", "false")]
    [InlineData("expiresAt", "\"2027-03-01\"")]
    [InlineData("expiresAt", "\"2027-03-01T00:00:00\"")]
    [InlineData("expiresAt", "\"2026-03-01T12:00:00Z\"")]
    [InlineData("expiresAt", "\"2031-03-01T12:00:01Z\"")]
    [InlineData("cohorts", "[]")]
    [InlineData("cohorts", "\"graduates:2024-2025\"")]
    [InlineData("fields", "{}")]
    public void A_wrong_value_is_reported_at_its_path(string member, string json)
    {
        var body = Valid();
        body[member] = JsonNode.Parse(json);

        Assert.Equal("/" + member, Assert.Single(Parse(body).Errors).Path);
    }

    [Fact]
    public void No_message_echoes_a_submitted_value()
    {
        var body = Valid();
        body["id"] = "secret value";
        body["title"] = "secret-" + new string('x', 200);
        body["cohorts"] = new JsonArray("secret:2024-2025");
        body["fields"] = new JsonArray("secret-field");
        body["expiresAt"] = "secret";

        var errors = Parse(body).Errors;

        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_longest_id_and_the_latest_expiry_are_accepted()
    {
        var body = Valid();
        body["id"] = "a" + new string('b', 63);
        body["expiresAt"] = "2031-03-01T12:00:00Z";

        Assert.Empty(Parse(body).Errors);
    }

    [Fact]
    public void An_expiry_with_an_offset_is_read_as_the_instant_it_names()
    {
        var body = Valid();
        body["expiresAt"] = "2027-03-01T00:00:00-08:00";

        Assert.Equal(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero), Parse(body).Terms!.ExpiresAt);
    }

    [Fact]
    public void Bad_and_repeated_cohorts_and_fields_are_reported_at_their_elements()
    {
        var body = Valid();
        body["cohorts"] = new JsonArray("graduates:2024-2025", "graduates:2024-2026", 5, "graduates:2024-2025", "leavers:2024-2025");
        body["fields"] = new JsonArray("milestones", "names", "milestones");

        Assert.Equal(
            ["/cohorts/1", "/cohorts/2", "/cohorts/3", "/cohorts/4", "/fields/1", "/fields/2"],
            Parse(body).Errors.Select(e => e.Path));
    }

    [Fact]
    public void More_than_50_cohorts_is_one_error_at_the_array()
    {
        var body = Valid();
        body["cohorts"] = new JsonArray([.. Enumerable.Range(1950, 51).Select(year => (JsonNode)$"graduates:{year}-{year + 1}")]);

        Assert.Equal("/cohorts", Assert.Single(Parse(body).Errors).Path);
        body["cohorts"]!.AsArray().RemoveAt(0);
        Assert.Empty(Parse(body).Errors);
    }

    [Fact]
    public void A_string_that_is_not_text_is_refused_at_its_path_wherever_it_is()
    {
        var body = Valid();
        body["title"] = "Equity\u0007study";
        body["cohorts"] = new JsonArray("graduates:2024-2025", "entrants:2025-FA\u202E");
        body["note"] = "ignored\u0000but not text";

        var errors = Parse(body).Errors;

        Assert.Equal(["/title", "/cohorts/1", "/note"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.DoesNotContain("Equity", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_organization_id_is_given_back_with_other_errors_when_it_is_itself_valid()
    {
        var body = Valid();
        body["title"] = "";

        var parsed = Parse(body);

        Assert.Null(parsed.Terms);
        Assert.Equal("org-university", parsed.OrganizationId);
        body["organizationId"] = 3;
        Assert.Null(Parse(body).OrganizationId);
    }

    [Fact]
    public void Title_purpose_and_agreement_are_kept_without_surrounding_blanks()
    {
        var body = Valid();
        body["title"] = "  Equity study ";
        body["purpose"] = " why ";
        body["agreement"] = " DUA ";

        var terms = Parse(body).Terms!;

        Assert.Equal(("Equity study", "why", "DUA"), (terms.Title, terms.Purpose, terms.Agreement));
    }

    private static JsonObject Valid() => new()
    {
        ["id"] = "equity-study.2026",
        ["title"] = "Equity study",
        ["organizationId"] = "org-university",
        ["purpose"] = "Who goes on to college",
        ["cohorts"] = new JsonArray("graduates:2024-2025", "entrants:2025-FA"),
        ["fields"] = new JsonArray(ResearchFields.WageBand, ResearchFields.Milestones),
        ["expiresAt"] = "2027-03-01T00:00:00Z",
        ["agreement"] = "DUA-2026-014",
    };

    private static ParsedResearchProject Parse(JsonObject body)
    {
        using var document = JsonDocument.Parse(body.ToJsonString());
        return ResearchProjectJson.Parse(document.RootElement.Clone(), Now);
    }
}
