using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Pages;

namespace CradleToCareer.LoadTool.Tests.Pages;

public sealed class PagesOptionsTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 4, 30, 5, DateTimeKind.Utc);

    private static PagesOptions Parse(params string[] options) =>
        PagesOptions.From(CommandLine.Parse(["pages", "--admin-client-id", "admin", "--admin-client-secret", "secret", .. options]), Now);

    [Fact]
    public void Defaults_follow_the_issue()
    {
        var o = Parse();

        Assert.Equal(new Uri("http://127.0.0.1:5080"), o.Url);
        Assert.Equal((200, 1_000, 1_000, 60), (o.Students, o.BackgroundStudents, o.Rate, o.Seconds));
        Assert.Equal((20, 8, 20, 5), (o.PageRate, o.PageConcurrency, o.Streams, o.StudentAccounts));
        Assert.Equal(TimeSpan.FromMilliseconds(250), o.ProbeInterval);
        Assert.Equal(200, o.Warmup);
        Assert.Equal(("w261207043005", "loadtest-pages-w261207043005", "advisor-w261207043005"), (o.Tag, o.AdvisorOrgId, o.AdvisorUsername));
        Assert.Null(o.Markdown);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var o = Parse(
            "--url", "http://host:81", "--students", "50", "--background-students", "300", "--rate", "0", "--seconds", "30",
            "--page-rate", "40", "--page-concurrency", "4", "--streams", "10", "--probe-interval", "100", "--student-accounts", "0", "--warmup", "0",
            "--seed", "-2", "--tag", "run-1", "--markdown", "out.md", "--timeout", "10", "--org", "lt");

        Assert.Equal(new Uri("http://host:81"), o.Url);
        Assert.Equal((50, 300, 0, 30), (o.Students, o.BackgroundStudents, o.Rate, o.Seconds));
        Assert.Equal((40, 4, 10, 0), (o.PageRate, o.PageConcurrency, o.Streams, o.StudentAccounts));
        Assert.Equal(TimeSpan.FromMilliseconds(100), o.ProbeInterval);
        Assert.Equal(0, o.Warmup);
        Assert.Equal((-2, "run-1", "out.md", "lt-pages-run-1"), (o.Seed, o.Tag, o.Markdown, o.AdvisorOrgId));
        Assert.Equal(TimeSpan.FromSeconds(10), o.Timeout);
    }

    [Theory]
    [InlineData("--streams", "201")]
    [InlineData("--student-accounts", "201")]
    [InlineData("--students", "5001")]
    [InlineData("--page-rate", "0")]
    [InlineData("--probes", "3")]
    public void Out_of_range_or_unknown_options_are_refused(string name, string value) =>
        Assert.Throws<ToolException>(() => Parse(name, value));

    [Fact]
    public void Admin_credentials_are_required() =>
        Assert.Contains("admin credentials", Assert.Throws<ToolException>(() => PagesOptions.From(CommandLine.Parse(["pages"]), Now)).Message);
}
