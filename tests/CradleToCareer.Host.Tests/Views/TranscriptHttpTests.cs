using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Views;

/// <summary>E-transcripts as JSON over HTTP: computed content, levels, consent, errors, the kept copy, disclosure.</summary>
public sealed class TranscriptHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task The_transcript_holds_the_history_with_the_totals_worked_out_by_hand()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var response = await history.IssueAsync("all");
        var transcript = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var transcriptId = transcript["transcriptId"]!.GetValue<string>();
        Assert.Matches("^t_[0-9a-f]{32}$", transcriptId);
        Assert.Equal($"/v1/transcripts/{transcriptId}", response.Headers.Location!.OriginalString);
        Assert.Equal(
            ("urn:c2c:record-service", history.CollegeOrgId, "admission", "all"),
            (transcript["issuer"]!.GetValue<string>(), transcript["recipientOrgId"]!.GetValue<string>(),
                transcript["purpose"]!.GetValue<string>(), transcript["level"]!.GetValue<string>()));
        Assert.True(DateTimeOffset.UtcNow - transcript["issuedAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(5));

        var person = TestPerson.Of(history.Ssid);
        var student = transcript["student"]!;
        Assert.Equal(
            (history.PersonId, person.FirstName, person.LastName, person.BirthDate),
            (student["personId"]!.GetValue<string>(), student["firstName"]!.GetValue<string>(),
                student["lastName"]!.GetValue<string>(), student["birthDate"]!.GetValue<string>()));
        Assert.Equal(history.Ssid, student["ids"]![0]!["value"]!.GetValue<string>());

        var k12 = transcript["k12"]!;
        var school = k12["institutions"]!.AsArray().Single()!;
        Assert.Equal(
            (TestEvents.HighSchool, "Lincoln High", "2023-08-20", "2024-06-10"),
            (school["institutionId"]!.GetValue<string>(), school["name"]!.GetValue<string>(),
                school["entryDate"]!.GetValue<string>(), school["exitDate"]!.GetValue<string>()));
        Assert.Equal(4, k12["courses"]!.AsArray().Count);
        Assert.Equal(TranscriptHistory.CourseA, k12["courses"]![0]!["courseCode"]!.GetValue<string>());
        Assert.Equal(
            [("2023-2024", "FA", 5m, 4.00m, 5m, 4.00m), ("2023-2024", "SP", 5m, 3.00m, 10m, 3.50m), ("2024-2025", "FA", 10m, 2.00m, 20m, 3.00m)],
            k12["terms"]!.AsArray().Select(t => (
                t!["schoolYear"]!.GetValue<string>(), t["term"]!.GetValue<string>(), t["creditsEarned"]!.GetValue<decimal>(),
                t["gpa"]!.GetValue<decimal>(), t["cumulativeCreditsEarned"]!.GetValue<decimal>(), t["cumulativeGpa"]!.GetValue<decimal>())));
        Assert.Equal((20m, 3.00m), (k12["creditsEarned"]!.GetValue<decimal>(), k12["gpa"]!.GetValue<decimal>()));
        Assert.Equal(
            (2, 1, 1, false),
            (k12["ag"]!["subjects"]!["b"]!["done"]!.GetValue<int>(), k12["ag"]!["subjects"]!["c"]!["done"]!.GetValue<int>(),
                k12["ag"]!["subjects"]!["g"]!["done"]!.GetValue<int>(), k12["ag"]!["complete"]!.GetValue<bool>()));
        Assert.Equal("2025-06-05", k12["diplomas"]![0]!["date"]!.GetValue<string>());

        var college = transcript["postsecondary"]!;
        var attended = college["institutions"]!.AsArray().Single()!;
        Assert.Equal(
            (TestEvents.College, "City College", "2025-FA", "2026-SP"),
            (attended["institutionId"]!.GetValue<string>(), attended["name"]!.GetValue<string>(),
                attended["firstTerm"]!.GetValue<string>(), attended["lastTerm"]!.GetValue<string>()));
        Assert.Equal(
            [("2025-FA", 7m, 7m, 3.70m, 7m, 3.70m), ("2026-SP", 7m, 4m, 3.00m, 11m, 3.45m)],
            college["terms"]!.AsArray().Select(t => (
                t!["term"]!.GetValue<string>(), t["unitsAttempted"]!.GetValue<decimal>(), t["unitsEarned"]!.GetValue<decimal>(),
                t["gpa"]!.GetValue<decimal>(), t["cumulativeUnitsEarned"]!.GetValue<decimal>(), t["cumulativeGpa"]!.GetValue<decimal>())));
        Assert.Equal((11m, 3.45m), (college["unitsEarned"]!.GetValue<decimal>(), college["gpa"]!.GetValue<decimal>()));
        Assert.Equal(4, college["courses"]!.AsArray().Count);
        Assert.Equal(
            ("associate", "24.0101", "2026-05-30"),
            (college["awards"]![0]!["awardLevel"]!.GetValue<string>(), college["awards"]![0]!["programCip"]!.GetValue<string>(),
                college["awards"]![0]!["date"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("k12", true, false)]
    [InlineData("postsecondary", false, true)]
    [InlineData("all", true, true)]
    public async Task The_level_decides_which_records_are_present(string level, bool k12, bool postsecondary)
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var transcript = (await (await history.IssueAsync(level)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal((k12, postsecondary), (transcript.ContainsKey("k12"), transcript.ContainsKey("postsecondary")));
    }

    [Fact]
    public async Task Without_a_transcript_consent_the_answer_is_the_one_for_nobody()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "progress", "finaid");

        var noScope = await history.IssueAsync();
        var nobody = await TranscriptHistory.SendAsync(
            history.College, HttpMethod.Post, $"/v1/students/p_{new string('0', 32)}/transcripts", null, new { level = "all", purpose = "admission" });
        var disclosures = await service.Http.GetJsonAsync($"/v1/students/{history.PersonId}/disclosures");

        Assert.Equal(HttpStatusCode.NotFound, noScope.StatusCode);
        Assert.Equal(await nobody.BodyWithoutTraceAsync(), await noScope.BodyWithoutTraceAsync());
        Assert.Empty(disclosures["entries"]!.AsArray());
    }

    [Fact]
    public async Task Each_issue_is_recorded_as_a_disclosure_under_its_consent()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service);
        var consentId = await history.GrantAsync(service.Service, "transcript");

        await history.IssueAsync("k12");
        await history.IssueAsync("postsecondary");
        var entries = (await service.Http.GetJsonAsync($"/v1/students/{history.PersonId}/disclosures"))["entries"]!.AsArray();

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(
            ("transcript", consentId, history.CollegeOrgId),
            (e!["scope"]!.GetValue<string>(), e["consentId"]!.GetValue<string>(), e["organizationId"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("{\"purpose\":\"admission\"}", "/level")]
    [InlineData("{\"level\":\"college\",\"purpose\":\"admission\"}", "/level")]
    [InlineData("{\"level\":\"all\"}", "/purpose")]
    [InlineData("{\"level\":\"all\",\"purpose\":\"   \"}", "/purpose")]
    public async Task A_bad_request_names_the_field_and_issues_nothing(string body, string path)
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var response = await history.College.PostAsync(
            $"/v1/students/{history.PersonId}/transcripts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var disclosures = await service.Http.GetJsonAsync($"/v1/students/{history.PersonId}/disclosures");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(path), problem.ToJsonString());
        Assert.Empty(disclosures["entries"]!.AsArray());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/png, text/plain;q=0.5")]
    [InlineData("application/json;q=0")]
    public async Task An_unsupported_accept_is_406_problem_json_and_issues_nothing(string accept)
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var response = await history.IssueAsync(accept: accept);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var disclosures = await service.Http.GetJsonAsync($"/v1/students/{history.PersonId}/disclosures");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("application/jwt", problem["detail"]!.GetValue<string>());
        Assert.Empty(disclosures["entries"]!.AsArray());
    }

    [Theory]
    [InlineData("application/xml;q=0.5, application/jwt", "application/jwt")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    [InlineData("text/xml", "application/xml")]
    public async Task Accept_picks_the_supported_type_of_highest_quality(string accept, string expected)
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var response = await history.IssueAsync(accept: accept);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_kept_transcript_is_for_its_requester_only_and_a_retraction_changes_only_later_ones()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");
        var first = await history.IssueAsync("k12");
        var firstBody = await first.Content.ReadAsStringAsync();

        var retraction = await service.Http.PostSingleAsync(
            TestEvents.Retraction("tr-" + history.Ssid + "-retract", "tr-" + history.Ssid + "-c1", history.Ssid));
        var again = await history.College.GetAsync(first.Headers.Location);
        var later = (await (await history.IssueAsync("k12")).Content.ReadFromJsonAsync<JsonObject>())!;
        var (_, otherToken) = await service.Anonymous.NewClientTokenAsync(["college"]);
        var otherCollege = TestTenant.Authenticated(service.Http.BaseAddress!, otherToken);
        var byOther = await otherCollege.GetAsync(first.Headers.Location);
        var unknown = await history.College.GetAsync($"/v1/transcripts/t_{new string('0', 32)}");

        Assert.Equal("accepted", retraction.Status());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(firstBody, await again.Content.ReadAsStringAsync());
        Assert.Contains(TranscriptHistory.CourseA, firstBody);
        Assert.DoesNotContain(later["k12"]!["courses"]!.AsArray(), c => c!["courseCode"]!.GetValue<string>() == TranscriptHistory.CourseA);
        Assert.Equal(15m, later["k12"]!["creditsEarned"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(await unknown.BodyWithoutTraceAsync(), await byOther.BodyWithoutTraceAsync());
    }

    [Fact]
    public async Task An_event_acknowledged_before_the_request_is_in_the_transcript()
    {
        var history = await TranscriptHistory.IngestAsync(service.Service, "transcript");

        var late = await service.Http.PostSingleAsync(TestEvents.Course("tr-late-" + history.Ssid, history.Ssid, mark: "A", ag: "d"));
        var transcript = (await (await history.IssueAsync("k12")).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("accepted", late.Status());
        Assert.Equal(25m, transcript["k12"]!["creditsEarned"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Me_tells_the_caller_who_its_token_says_it_is()
    {
        var (orgId, token) = await service.Anonymous.NewClientTokenAsync(["college", "advisor"]);

        var me = await TestTenant.Authenticated(service.Http.BaseAddress!, token).GetFromJsonAsync<JsonObject>("/v1/me");

        Assert.Equal(orgId, me!["orgId"]!.GetValue<string>());
        Assert.StartsWith("c_", me["clientId"]!.GetValue<string>());
        Assert.Equal(["advisor", "college"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
