using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Identity;

/// <summary>The steward's routes over HTTP: the review queue, merges, undos and their refusals.</summary>
public sealed class StewardshipHttpTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private readonly MatchingPeople _people = new();

    [Fact]
    public async Task Identifiers_split_across_two_persons_are_rejected_queued_and_accepted_once_a_steward_merges_them()
    {
        var (ssidA, ssidB) = (TestEvents.NewSsid(), TestEvents.NewSsid());
        var personA = (await service.Http.PostSingleAsync(TestEvents.Enrollment(Id(), ssidA))).PersonId();
        var personB = (await service.Http.PostSingleAsync(TestEvents.Enrollment(Id(), ssidB))).PersonId();
        var both = TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            [new JsonObject { ["system"] = "ssid", ["value"] = ssidA }, new JsonObject { ["system"] = "ssid", ["value"] = ssidB }],
            "Ana", _people.Surname, _people.BirthDate));

        var rejected = await service.Http.PostSingleAsync(both);
        var steward = await StewardAsync();
        var queued = await FindReviewAsync(steward, personA, personB);
        var merge = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = personA, mergedId = personB, reason = "same student, two ssids issued" });
        var accepted = await service.Http.PostSingleAsync(both);
        var afterMerge = await FindReviewAsync(steward, personA, personB);

        Assert.Equal("rejected", rejected.Status());
        Assert.Equal("/data/student/ids", rejected["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("identifier-conflict", queued!["kind"]!.GetValue<string>());
        Assert.Equal(["ssid"], queued["identifierSystems"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["identifier-conflict"], queued["reasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, merge.StatusCode);
        Assert.Equal("accepted", accepted.Status());
        Assert.Equal(personA, accepted.PersonId());
        Assert.Null(afterMerge);
    }

    [Fact]
    public async Task Review_items_show_masked_people_and_field_evidence_and_leave_the_queue_when_dismissed()
    {
        var (personA, personB) = await BorderlinePairAsync();
        var steward = await StewardAsync();

        var item = await FindReviewAsync(steward, personA, personB);
        var reviewId = item!["reviewId"]!.GetValue<string>();
        var dismissed = await steward.PostAsync($"/v1/identity/reviews/{reviewId}/dismiss", null);
        var again = await steward.PostAsync($"/v1/identity/reviews/{reviewId}/dismiss", null);

        Assert.Equal("possible-match", item["kind"]!.GetValue<string>());
        Assert.True(item["score"]!.GetValue<double>() > 0);
        Assert.Contains(item["evidence"]!.AsArray(), e => e!["field"]!.GetValue<string>() == "lastName" && e["agreement"]!.GetValue<string>() == "agree");
        Assert.Contains(item["evidence"]!.AsArray(), e => e!["field"]!.GetValue<string>() == "firstName" && e["agreement"]!.GetValue<string>() == "disagree");
        Assert.All(item["evidence"]!.AsArray(), e => Assert.NotNull(e!["frequencyBits"]));
        Assert.Equal(0, item["evidence"]!.AsArray().Single(e => e!["field"]!.GetValue<string>() == "firstName")!["frequencyBits"]!.GetValue<double>());
        Assert.Equal(item["score"]!.GetValue<double>(), item["evidence"]!.AsArray().Sum(e => e!["weight"]!.GetValue<double>()), 1);
        var masked = item["person"]!.ToJsonString() + item["candidate"]!.ToJsonString();
        Assert.DoesNotContain(_people.Surname, masked);
        Assert.Contains(_people.Surname[..1] + "***", masked);
        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(await FindReviewAsync(steward, personA, personB));
    }

    [Fact]
    public async Task A_review_item_says_why_it_is_queued_naming_fields_never_values()
    {
        var (personA, personB) = await BorderlinePairAsync();
        var steward = await StewardAsync();

        var reasons = (await FindReviewAsync(steward, personA, personB))!["reasons"]!.AsArray();

        Assert.Equal(
            ["above-link-threshold", "conflict:firstName", "missing:ssn"],
            reasons.Select(r => r!["code"]!.GetValue<string>()));
        Assert.Equal("first names disagree", reasons[1]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("Elena", reasons.ToJsonString());
        Assert.DoesNotContain("Marta", reasons.ToJsonString());
        Assert.DoesNotContain(_people.Surname, reasons.ToJsonString());
    }

    [Fact]
    public async Task A_merged_id_resolves_to_the_survivor_until_the_merge_is_undone()
    {
        var (ssidA, ssidB) = (TestEvents.NewSsid(), TestEvents.NewSsid());
        var survivor = (await service.Http.PostSingleAsync(TestEvents.Course(Id(), ssidA, mark: "A"))).PersonId();
        var merged = (await service.Http.PostSingleAsync(TestEvents.Course(Id(), ssidB, mark: "C"))).PersonId();
        var steward = await StewardAsync();

        var merge = await (await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = survivor, mergedId = merged, reason = "duplicate enrollment record" }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var viaOldId = await service.Http.GetJsonAsync($"/v1/students/{merged}");
        var laterEvent = await service.Http.PostSingleAsync(TestEvents.Course(Id(), ssidB, mark: "B"));
        var resolved = await service.Http.PostAsJsonAsync("/v1/students:resolve", new { ids = new[] { new { system = "ssid", value = ssidB } } });
        var undo = await steward.PostAsync($"/v1/identity/merges/{merge!["mergeId"]!.GetValue<string>()}/undo", null);
        var mergedAgain = await service.Http.GetJsonAsync($"/v1/students/{merged}");
        var survivorAgain = await service.Http.GetJsonAsync($"/v1/students/{survivor}");

        Assert.Equal(survivor, viaOldId["personId"]!.GetValue<string>());
        Assert.Equal(3.0m, viaOldId["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.Equal(survivor, laterEvent.PersonId());
        Assert.Equal(survivor, (await resolved.Content.ReadFromJsonAsync<JsonObject>())!["personId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(merged, mergedAgain["personId"]!.GetValue<string>());
        Assert.Equal(2.5m, mergedAgain["k12"]!["gpa"]!.GetValue<decimal>());
        Assert.Equal(4.0m, survivorAgain["k12"]!["gpa"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Merges_that_cannot_be_made_say_why_and_change_nothing()
    {
        var (a, b, c) = (await PersonAsync(), await PersonAsync(), await PersonAsync());
        var steward = await StewardAsync();

        var noReason = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = a, mergedId = b });
        var unknown = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = a, mergedId = "p_" + new string('0', 32), reason = "r" });
        var self = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = a, mergedId = a, reason = "r" });
        var first = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = a, mergedId = b, reason = "r" });
        var twice = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = c, mergedId = b, reason = "r" });
        var intoMerged = await steward.PostAsJsonAsync("/v1/identity/merges", new { survivorId = b, mergedId = c, reason = "r" });
        var mergeId = (await first.Content.ReadFromJsonAsync<JsonObject>())!["mergeId"]!.GetValue<string>();
        var undo = await steward.PostAsJsonAsync($"/v1/identity/merges/{mergeId}/undo", new { reason = "two different students after all" });
        var undoAgain = await steward.PostAsync($"/v1/identity/merges/{mergeId}/undo", null);
        var undoUnknown = await steward.PostAsync("/v1/identity/merges/m_unknown/undo", null);

        await AssertProblemAsync(noReason, HttpStatusCode.BadRequest, "/reason");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "merged id");
        await AssertProblemAsync(self, HttpStatusCode.Conflict, "same person");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await AssertProblemAsync(twice, HttpStatusCode.Conflict, "already merged");
        await AssertProblemAsync(intoMerged, HttpStatusCode.Conflict, "merge into that person instead");
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        await AssertProblemAsync(undoAgain, HttpStatusCode.Conflict, "already been undone");
        await AssertProblemAsync(undoUnknown, HttpStatusCode.NotFound, "No merge");
        Assert.Equal(c, (await service.Http.GetJsonAsync($"/v1/students/{c}"))["personId"]!.GetValue<string>());
    }

    /// <summary>Siblings born the same day at one address: a strong score, but the first names disagree, so a steward decides.</summary>
    private async Task<(string, string)> BorderlinePairAsync()
    {
        var a = (await service.Http.PostSingleAsync(TestEvents.EnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.Ssid(TestEvents.NewSsid()), "Elena", _people.Surname, _people.BirthDate, "F", _people.Street(1), "Ukiah", "95482")))).PersonId();
        var b = (await service.Http.PostSingleAsync(TestEvents.CollegeEnrollmentOf(Id(), MatchingPeople.Block(
            MatchingPeople.CollegeId(), "Marta", _people.Surname, _people.BirthDate, "F", _people.Street(1), "Ukiah", "95482")))).PersonId();
        Assert.NotEqual(a, b);
        return (a, b);
    }

    private async Task<string> PersonAsync() => (await service.Http.PostSingleAsync(TestEvents.Enrollment(Id(), TestEvents.NewSsid()))).PersonId();

    private async Task<HttpClient> StewardAsync()
    {
        var (_, token) = await service.Anonymous.NewClientTokenAsync(["steward"]);
        return TestTenant.Authenticated(service.Http.BaseAddress!, token);
    }

    /// <summary>The open review item between the two persons, whichever side each is on, or null.</summary>
    private static async Task<JsonNode?> FindReviewAsync(HttpClient steward, string personA, string personB)
    {
        var queue = await steward.GetFromJsonAsync<JsonObject>("/v1/identity/reviews?limit=500");
        return queue!["reviews"]!.AsArray().FirstOrDefault(r =>
            new[] { r!["person"]!["personId"]!.GetValue<string>(), r["candidate"]!["personId"]!.GetValue<string>() }
                .Order().SequenceEqual(new[] { personA, personB }.Order()));
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string saying)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(saying, await response.Content.ReadAsStringAsync());
    }

    private static string Id() => "steward-" + Guid.NewGuid().ToString("N");
}
