using System.Net;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Imports;

namespace CradleToCareer.LoadTool.Tests.Imports;

/// <summary>Following a job through its hosts' restart: no answer is "not yet", a refusal is an error.</summary>
public sealed class ImportJobStatusTests
{
    private const string Running = """
        {"importId":"imp_1","status":"running","lines":10,"processed":4,
         "counts":{"accepted":4,"duplicate":0,"conflict":0,"rejected":0},"createdAt":"2026-12-07T06:40:12+00:00","finishedAt":null}
        """;

    [Fact]
    public async Task No_connection_and_a_503_are_no_answer_yet_and_a_200_is_the_job()
    {
        using var http = Client(new Answers(Refused(), Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.OK, Running)));

        var answers = new List<JobState?>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await ImportJobStatus.TryReadAsync(http, null, "imp_1", TimeSpan.FromSeconds(5), CancellationToken.None));
        }

        Assert.Equal([null, null, "running"], answers.Select(a => a?.Status));
    }

    [Fact]
    public async Task Any_other_answer_is_an_error_naming_the_status()
    {
        using var http = Client(new Answers(Status(HttpStatusCode.NotFound, """{"title":"Not Found"}""")));

        var error = await Assert.ThrowsAsync<ToolException>(
            () => ImportJobStatus.TryReadAsync(http, null, "imp_1", TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_waits_through_an_outage_and_returns_the_job_once_the_service_answers()
    {
        var answers = new Answers(Refused(), Refused(), Status(HttpStatusCode.BadGateway), Status(HttpStatusCode.OK, Running));
        using var http = Client(answers);
        var tokens = await AccessTokenSource.CreateAsync(http, new AuthOptions("a-token", null, null, null, null, "org"), ["source"], CancellationToken.None);

        var job = await ImportJobStatus.ReadAsync(http, tokens, "imp_1", TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), CancellationToken.None);

        Assert.Equal((4L, 10L), (job.Processed, job.Lines));
        Assert.Equal(4, answers.Asked);
    }

    private static HttpClient Client(Answers answers) => new(answers) { BaseAddress = new Uri("http://127.0.0.1:5080/") };

    private static Func<HttpResponseMessage> Refused() => () => throw new HttpRequestException("Connection refused");

    private static Func<HttpResponseMessage> Status(HttpStatusCode status, string body = "") =>
        () => new HttpResponseMessage(status) { Content = new StringContent(body) };

    /// <summary>Answers each request with the next of its answers, counting the requests.</summary>
    private sealed class Answers(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public int Asked { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answers[Asked++]());
    }
}
