using CradleToCareer.LoadTool.Pages;

namespace CradleToCareer.LoadTool.Tests.Pages;

public sealed class CaseloadLinksTests
{
    [Fact]
    public void Student_links_are_read_with_their_tokens_html_decoded()
    {
        const string html = """
            <tr><th scope="row"><a href="/Advisor/Student?s=CfDJ8A&#x2B;b_c-1">p_0123456789abcdef0123456789abcdef</a></th></tr>
            <a href="/Advisor/Caseload?p=2&amp;order=recent">Next</a>
            <tr><th scope="row"><a href="/Advisor/Student?s=CfDJ8Z">p_fedcba9876543210fedcba9876543210</a></th></tr>
            """;

        var links = CaseloadLinks.Parse(html);

        Assert.Equal(
            [new CaseloadLink("p_0123456789abcdef0123456789abcdef", "CfDJ8A+b_c-1"), new CaseloadLink("p_fedcba9876543210fedcba9876543210", "CfDJ8Z")],
            links);
    }

    [Fact]
    public void A_link_that_does_not_show_a_person_id_is_not_a_student() =>
        Assert.Empty(CaseloadLinks.Parse("<a href=\"/Advisor/Student?s=abc\">Open</a>"));

    [Fact]
    public void Tokens_are_escaped_in_the_addresses()
    {
        Assert.Equal("/Advisor/Student?s=a%2Bb%2F%3D", CaseloadLinks.StudentPath("a+b/="));
        Assert.Equal("/Advisor/Student?handler=live&s=a%2Bb", CaseloadLinks.LivePath("a+b"));
    }

    [Fact]
    public void The_antiforgery_token_is_taken_from_the_form()
    {
        const string form = "<form method=\"post\"><input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"CfDJ8&#x2B;x\" /></form>";

        Assert.Equal("CfDJ8+x", WebSession.AntiforgeryToken(form));
        Assert.Null(WebSession.AntiforgeryToken("<form></form>"));
    }
}
