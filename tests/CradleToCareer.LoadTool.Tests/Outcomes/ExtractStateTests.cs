using System.Text;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class ExtractStateTests
{
    private static ExtractState Parse(string json) => ExtractState.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_answer_to_the_request_has_an_id_and_a_status()
    {
        var state = Parse("""{ "extractId": "x_0123", "status": "queued" }""");

        Assert.Equal(("x_0123", "queued"), (state.ExtractId, state.Status));
        Assert.False(state.Finished);
        Assert.Equal("0/?", state.Progress);
    }

    [Fact]
    public void A_running_extract_shows_its_progress()
    {
        var state = Parse("""
            { "extractId": "x_0123", "projectId": "bench-o1", "status": "running", "progress": { "processed": 41000, "total": 105220 },
              "summary": null, "download": null }
            """);

        Assert.Equal("41,000/105,220", state.Progress);
        Assert.Null(state.Summary);
        Assert.Null(state.Download);
        Assert.False(state.Finished);
    }

    [Fact]
    public void A_ready_extract_has_its_summary_and_download()
    {
        var state = Parse("""
            { "extractId": "x_0123", "projectId": "bench-o1", "status": "ready", "progress": { "processed": 105220, "total": 105220 },
              "summary": { "rows": 105180, "generalized": 310, "dropped": 40, "bytes": 14200311 },
              "download": "/v1/research/projects/bench-o1/extracts/x_0123/file" }
            """);

        Assert.True(state.Finished);
        Assert.Equal(new ExtractFileSummary(105180, 310, 40, 14200311), state.Summary);
        Assert.Equal("/v1/research/projects/bench-o1/extracts/x_0123/file", state.Download);
    }

    [Fact]
    public void A_failed_extract_keeps_its_reason()
    {
        var state = Parse("""{ "extractId": "x_0123", "status": "failed", "failure": "the project expired" }""");

        Assert.True(state.Finished);
        Assert.Equal("the project expired", state.Failure);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("<html>")]
    public void Anything_but_an_object_is_refused(string body) => Assert.Throws<FormatException>(() => Parse(body));
}
