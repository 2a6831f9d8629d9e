using System.Net;
using CradleToCareer.Host.Pages.Advisor;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages.Advisor;

/// <summary>
/// The caseload a page at a time: only the students of the page shown are read (and so disclosed), and the filter and
/// sort keys of the address carry no student data.
/// </summary>
public sealed class CaseloadPagingTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task A_page_reads_only_its_own_students_and_a_page_past_the_end_is_a_404()
    {
        var first = await AdvisorScenario.StartAsync(service, "progress");
        var students = new List<AdvisorScenario> { first };
        for (var i = 0; i < CaseloadModel.PageSize; i++)
        {
            var student = await service.Http.NewStudentFor(first.Advisor);
            await student.GrantAsync("progress");
            students.Add(student);
        }

        using var session = await first.SignInAsync(service.Anonymous.BaseAddress!);

        var pageOne = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload?order=recent"));
        var pageTwo = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload?order=recent&p=2"));
        using var pageThree = await session.GetAsync("/Advisor/Caseload?order=recent&p=3");

        Assert.Equal(CaseloadModel.PageSize, pageOne.Count);
        Assert.Equal([first.PersonId], pageTwo.Keys);
        Assert.DoesNotContain(first.PersonId, pageOne.Keys);
        Assert.Equal(HttpStatusCode.NotFound, pageThree.StatusCode);
        Assert.Contains("role=\"alert\"", await pageThree.Content.ReadAsStringAsync());
        Assert.Equal(1, await ProgressDisclosuresAsync(first));
        Assert.Equal(1, await ProgressDisclosuresAsync(students[^1]));
    }

    [Fact]
    public async Task Students_with_risk_flags_can_be_shown_alone_and_first()
    {
        var calm = await AdvisorScenario.StartAsync(service, "progress");
        var flagged = await service.Http.NewStudentFor(calm.Advisor);
        await service.Http.PostSingleAsync(TestEvents.Course("advisor-f-" + flagged.Ssid, flagged.Ssid, mark: "F"));
        await flagged.GrantAsync("progress");
        var older = await service.Http.NewStudentFor(calm.Advisor);
        await older.GrantAsync("progress");
        await calm.GrantAsync("progress");
        using var session = await calm.SignInAsync(service.Anonymous.BaseAddress!);

        var all = await session.Http.GetStringAsync("/Advisor/Caseload");
        var onlyFlagged = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload?flagged=true"));
        var byFlags = AdvisorScenario.Links(await session.Http.GetStringAsync("/Advisor/Caseload?sort=flags"));

        Assert.Contains("a-g off track", all);
        Assert.Equal([flagged.PersonId], onlyFlagged.Keys);
        Assert.Equal(flagged.PersonId, byFlags.Keys.First());
        Assert.Equal(3, byFlags.Count);
    }

    private async Task<int> ProgressDisclosuresAsync(AdvisorScenario student) =>
        (await service.Http.GetJsonAsync($"/v1/students/{student.PersonId}/disclosures"))["entries"]!.AsArray()
            .Count(d => d!["scope"]!.GetValue<string>() == "progress" && d["clientId"]!.GetValue<string>() == "web:" + student.Advisor.AccountId);
}
