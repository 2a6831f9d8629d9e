using CradleToCareer.LoadTool.Pages;

namespace CradleToCareer.LoadTool.Tests.Pages;

public sealed class PageMixTests
{
    private static readonly string[] Tokens = [.. Enumerable.Range(0, 7).Select(i => $"t{i}")];

    [Fact]
    public void A_cycle_is_six_student_pages_two_caseload_pages_and_two_records()
    {
        var mix = new PageMix(Tokens, caseloadPages: 3, studentAccounts: 2);

        var kinds = Enumerable.Range(0, 10).Select(n => mix.Next(n).Kind).ToArray();

        Assert.Equal(6, kinds.Count(k => k == PageKind.AdvisorStudent));
        Assert.Equal(2, kinds.Count(k => k == PageKind.Caseload));
        Assert.Equal(2, kinds.Count(k => k == PageKind.StudentRecord));
    }

    [Fact]
    public void Students_caseload_pages_and_accounts_each_go_round()
    {
        var mix = new PageMix(Tokens, caseloadPages: 3, studentAccounts: 2);
        var requests = Enumerable.Range(0, 100).Select(n => mix.Next(n)).ToArray();

        var students = requests.Where(r => r.Kind == PageKind.AdvisorStudent).Select(r => r.Path).ToArray();
        Assert.Equal(Tokens.Select(CaseloadLinks.StudentPath), students.Take(7));
        Assert.All(requests.Where(r => r.Kind == PageKind.AdvisorStudent), r => Assert.Equal(0, r.Session));
        Assert.Equal(["/Advisor/Caseload?p=1", "/Advisor/Caseload?p=2", "/Advisor/Caseload?p=3", "/Advisor/Caseload?p=1"],
            requests.Where(r => r.Kind == PageKind.Caseload).Select(r => r.Path).Take(4));
        Assert.Equal([1, 2, 1, 2], requests.Where(r => r.Kind == PageKind.StudentRecord).Select(r => r.Session).Take(4));
    }

    [Fact]
    public void Without_student_accounts_the_record_slots_are_student_pages()
    {
        var mix = new PageMix(Tokens, caseloadPages: 1, studentAccounts: 0);

        var requests = Enumerable.Range(0, 20).Select(n => mix.Next(n)).ToArray();

        Assert.DoesNotContain(requests, r => r.Kind == PageKind.StudentRecord);
        Assert.Equal(Tokens.Concat(Tokens).Concat(Tokens).Take(16).Select(CaseloadLinks.StudentPath),
            requests.Where(r => r.Kind == PageKind.AdvisorStudent).Select(r => r.Path));
    }
}
