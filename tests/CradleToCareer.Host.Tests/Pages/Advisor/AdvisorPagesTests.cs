using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages.Advisor;

/// <summary>
/// The advisor's caseload and student progress over plain HTTP: who is listed, sealed student links, refusals that say
/// nothing of the student, disclosures recorded for what the pages show, and the live stream as a client reads it.
/// </summary>
public sealed class AdvisorPagesTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task The_caseload_lists_students_whose_consent_covers_progress_linked_by_tokens_only()
    {
        var consented = await AdvisorScenario.StartAsync(service, "progress");
        var transcriptOnly = await service.Http.NewStudentFor(consented.Advisor);
        await transcriptOnly.GrantAsync("transcript");
        var revoked = await service.Http.NewStudentFor(consented.Advisor);
        await revoked.GrantAsync("progress");
        await revoked.RevokeAsync();
        using var session = await consented.SignInAsync(service.Anonymous.BaseAddress!);

        var caseload = await (await session.GetAsync("/Advisor/Caseload")).Content.ReadAsStringAsync();
        var links = AdvisorScenario.Links(caseload);

        Assert.Equal([consented.PersonId], links.Keys);
        Assert.DoesNotContain(transcriptOnly.PersonId, caseload);
        Assert.DoesNotContain(revoked.PersonId, caseload);
        Assert.DoesNotContain(consented.PersonId, links[consented.PersonId]);
        Assert.DoesNotContain(consented.Ssid, links[consented.PersonId]);
    }

    [Fact]
    public async Task The_student_page_shows_the_consented_view_and_records_it_as_a_disclosure()
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress");
        using var session = await scenario.SignInAsync(service.Anonymous.BaseAddress!);
        var token = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload"))[scenario.PersonId];

        using var page = await session.GetAsync("/Advisor/Student?s=" + token);
        var html = await page.Content.ReadAsStringAsync();
        var disclosures = (await service.Http.GetJsonAsync($"/v1/students/{scenario.PersonId}/disclosures"))["entries"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(scenario.PersonId, html);
        Assert.Contains("Lincoln High, grade 11", html);
        Assert.Contains("aria-live=\"polite\"", html);
        Assert.DoesNotContain("Financial aid", html);
        Assert.Equal(2, disclosures.Count(d => d!["scope"]!.GetValue<string>() == "progress"
            && d["clientId"]!.GetValue<string>() == "web:" + scenario.Advisor.AccountId));
    }

    [Fact]
    public async Task A_tampered_token_is_a_404_that_names_no_one()
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress");
        using var session = await scenario.SignInAsync(service.Anonymous.BaseAddress!);
        var token = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload"))[scenario.PersonId];
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var page = await session.GetAsync("/Advisor/Student?s=" + tampered);
        using var forged = await session.GetAsync("/Advisor/Student?s=" + scenario.PersonId);
        using var live = await session.GetAsync("/Advisor/Student?handler=live&s=" + tampered);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("role=\"alert\"", html);
        Assert.DoesNotContain(scenario.PersonId, html);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, live.StatusCode);
    }

    [Fact]
    public async Task A_token_whose_consent_was_revoked_shows_nothing_of_the_student()
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress");
        using var session = await scenario.SignInAsync(service.Anonymous.BaseAddress!);
        var token = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload"))[scenario.PersonId];
        await scenario.RevokeAsync();

        using var page = await session.GetAsync("/Advisor/Student?s=" + token);
        var html = await page.Content.ReadAsStringAsync();
        await using var live = await ServerSentEvents.OpenAsync(session.Http, "/Advisor/Student?handler=live&s=" + token);
        var ended = await live.NextAsync();

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(scenario.PersonId, html);
        Assert.Contains("consent may have ended", html);
        Assert.Equal("ended", ended.Type);
    }

    [Fact]
    public async Task Without_a_token_the_student_page_asks_for_a_student_from_the_caseload()
    {
        var scenario = await AdvisorScenario.StartAsync(service);
        using var session = await scenario.SignInAsync(service.Anonymous.BaseAddress!);

        using var page = await session.GetAsync("/Advisor/Student");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose a student from", html);
        Assert.DoesNotContain("advisor.js", html);
    }

    [Fact]
    public async Task The_live_stream_pushes_the_section_after_a_change_and_the_alert_and_ends_when_consent_is_revoked()
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress", "finaid", "alerts");
        using var session = await scenario.SignInAsync(service.Anonymous.BaseAddress!);
        var token = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload"))[scenario.PersonId];
        await using var live = await ServerSentEvents.OpenAsync(session.Http, "/Advisor/Student?handler=live&s=" + token);
        Assert.Equal("text/event-stream", live.Response.Content.Headers.ContentType!.MediaType);

        await scenario.SubmitFafsaAsync();
        var events = new List<ServerSentEvent>();
        while (!events.Any(e => e.Type == "alerts"))
        {
            events.Add(await live.NextAsync());
        }

        await scenario.RevokeAsync();
        while (events[^1].Type != "ended")
        {
            events.Add(await live.NextAsync());
        }

        var progress = events.First(e => e.Type == "progress");
        Assert.Contains("data-milestone=\"finaid.application-submitted\"", progress.Data);
        Assert.Contains("Financial aid application submitted", events.First(e => e.Type == "alerts").Data);
        Assert.True(long.TryParse(progress.Id, out _));
        await Assert.ThrowsAsync<EndOfStreamException>(() => live.NextAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task The_live_script_is_served_by_its_hash_as_javascript_and_only_to_the_student_page()
    {
        var scenario = await AdvisorScenario.StartAsync(service, "progress");
        using var session = await scenario.SignInAsync(service.Anonymous.BaseAddress!);
        var token = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload"))[scenario.PersonId];
        var html = await session.Http.GetStringAsync("/Advisor/Student?s=" + token);

        var src = System.Text.RegularExpressions.Regex.Match(html, "<script src=\"(/assets/advisor\\.js\\?v=[0-9a-f]{16})\" defer></script>");
        using var script = await service.Anonymous.GetAsync(src.Groups[1].Value);

        Assert.True(src.Success, "the page links its script by content hash");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", script.Headers.CacheControl!.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        Assert.DoesNotContain("<script>", html);
    }
}
