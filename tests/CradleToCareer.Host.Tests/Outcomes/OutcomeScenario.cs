using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Outcomes;

/// <summary>
/// An organization of its own for one outcome test: a source, two schools and a community college it speaks for, a
/// client that sends events and reads its institutions' figures, and a school year nobody else uses, so even the
/// statewide figures of that year are this test's alone.
/// </summary>
internal sealed class OutcomeScenario(HttpClient anonymous, string token, string source, int year, string[] institutions)
{
    public string SchoolA => institutions[0];

    public string SchoolB => institutions[1];

    public string College => institutions[2];

    /// <summary>The first calendar year of the scenario's school year; graduation is on June 10 of the next.</summary>
    public int Year => year;

    public string SchoolYear => $"{year}-{year + 1}";

    public string Graduates => $"graduates:{SchoolYear}";

    /// <summary>The fall term right after graduation.</summary>
    public string FirstTerm => $"{year + 1}-FA";

    /// <summary>The same scenario seen through another host's client (after a restart).</summary>
    public OutcomeScenario WithClient(HttpClient other) => new(other, token, source, year, institutions);

    private static int _scenarios;

    public static async Task<OutcomeScenario> StartAsync(HttpClient anonymous)
    {
        // Each scenario its own school year (from 1981 on, one a scenario), so statewide figures never mix two tests.
        var year = 1980 + Interlocked.Increment(ref _scenarios);
        var source = TestEvents.NewSource();
        string[] institutions = [TestEvents.NewSchool(), TestEvents.NewSchool(), "ipeds:" + Random.Shared.Next(100_000, 999_999)];
        var (_, token) = await anonymous.NewClientTokenAsync(
            ["source"], sources: [source], institutions: institutions,
            allowedEventTypes: ["c2c.k12.*", "c2c.postsecondary.*", "c2c.workforce.*", "c2c.socialservices.*", "c2c.correction.*"]);
        return new OutcomeScenario(anonymous, token, source, year, institutions);
    }

    /// <summary>
    /// A standard diploma of the scenario's school year; the student born on <paramref name="birthDate"/> and of
    /// <paramref name="sex"/> when given.
    /// </summary>
    public JsonObject Graduated(string id, string ssid, string school, string? birthDate = null, string? sex = null) =>
        Event(id, "c2c.k12.graduated", new JsonObject
        {
            ["student"] = StudentOf(ssid, birthDate, sex),
            ["institution"] = new JsonObject { ["id"] = school, ["name"] = "Outcome High", ["kind"] = "k12-school" },
            ["schoolYear"] = SchoolYear,
            ["date"] = $"{year + 1}-06-10",
            ["diplomaType"] = "standard",
        });

    public JsonObject Enrolled(string id, string ssid, string? sex = null) =>
        Event(id, "c2c.postsecondary.enrollment", new JsonObject
        {
            ["student"] = StudentOf(ssid, null, sex),
            ["institution"] = new JsonObject { ["id"] = College, ["name"] = "Outcome City College", ["kind"] = "community-college" },
            ["term"] = FirstTerm,
            ["level"] = "undergraduate",
            ["unitsAttempted"] = 12.0,
        });

    /// <summary>An associate degree from the scenario's college on <paramref name="date"/>.</summary>
    public JsonObject Awarded(string id, string ssid, string date, string? sex = null) =>
        Event(id, "c2c.postsecondary.award.conferred", new JsonObject
        {
            ["student"] = StudentOf(ssid, null, sex),
            ["institution"] = new JsonObject { ["id"] = College, ["name"] = "Outcome City College", ["kind"] = "community-college" },
            ["date"] = date,
            ["awardLevel"] = "associate",
            ["programCip"] = "24.0101",
            ["title"] = "Associate in Arts",
        });

    public JsonObject Wage(string id, string ssid, int wageYear, int quarter, decimal wages, string? sex = null) =>
        Event(id, "c2c.workforce.wage.reported", new JsonObject
        {
            ["student"] = StudentOf(ssid, null, sex),
            ["employer"] = new JsonObject { ["idHash"] = "emp-outcomes", ["naics"] = "622110" },
            ["year"] = wageYear,
            ["quarter"] = quarter,
            ["wages"] = wages,
        });

    /// <summary>A CalFresh participation that starts on <paramref name="startDate"/>.</summary>
    public JsonObject SocialServices(string id, string ssid, string startDate, string? sex = null) =>
        Event(id, "c2c.socialservices.participation", new JsonObject
        {
            ["student"] = StudentOf(ssid, null, sex),
            ["program"] = "calfresh",
            ["startDate"] = startDate,
        });

    public JsonObject Retraction(string id, string targetId, string ssid) =>
        Event(id, "c2c.correction.retracted", new JsonObject
        {
            ["student"] = TestEvents.Student(ssid),
            ["retracts"] = new JsonObject { ["source"] = source, ["id"] = targetId },
            ["reason"] = "entered in error",
        });

    /// <summary>Sends the events as one batch; every one must be accepted. The person ids they landed on, in order.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(params JsonObject[] events)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/events")
        {
            Content = new StringContent(new JsonArray([.. events]).ToJsonString(), System.Text.Encoding.UTF8, "application/cloudevents-batch+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await anonymous.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var results = JsonNode.Parse(body)!["results"]!.AsArray();
        Assert.All(results, result => Assert.Equal("accepted", result.Status()));
        return [.. results.Select(result => result.PersonId())];
    }

    /// <summary>The staff route's answer, as this organization's client.</summary>
    public async Task<HttpResponseMessage> StaffReadAsync(string institutionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v1/institutions/{institutionId}/outcomes");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await anonymous.SendAsync(request);
    }

    /// <summary>Polls the route until the cohort has the size wanted (null: suppressed), for at most 10 seconds.</summary>
    public async Task<JsonObject> CohortOnceSizedAsync(string path, string cohort, int? size)
    {
        JsonObject? last = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await anonymous.GetAsync(path);
            if (response.IsSuccessStatusCode)
            {
                last = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
                var found = last["cohorts"]!.AsArray().FirstOrDefault(c => c!["cohort"]!.GetValue<string>() == cohort);
                if (found is not null && found["size"]?.GetValue<int>() == size)
                {
                    return found.AsObject();
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{cohort} at {path} never had size {size}: {last}");
    }

    private static JsonObject StudentOf(string ssid, string? birthDate, string? sex)
    {
        var student = TestEvents.Student(ssid);
        if (birthDate is not null)
        {
            student["birthDate"] = birthDate;
        }

        if (sex is not null)
        {
            student["sex"] = sex;
        }

        return student;
    }

    private JsonObject Event(string id, string type, JsonObject data) => TestEvents.Envelope($"{id}-{year}-{Guid.NewGuid():N}", type, data, source);
}
