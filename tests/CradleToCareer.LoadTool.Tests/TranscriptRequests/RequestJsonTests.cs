using System.Text;
using System.Text.Json;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.TranscriptRequests;

namespace CradleToCareer.LoadTool.Tests.TranscriptRequests;

public sealed class RequestJsonTests
{
    private static readonly StudentBlock Student =
        new([new StudentId("ssid", "1234567890")], "Ana", null, "Lopez", new DateOnly(2007, 3, 14), "F", null, null, null, null);

    [Fact]
    public void The_request_body_carries_the_student_block_and_the_delivery_url_without_a_secret()
    {
        using var json = JsonDocument.Parse(TranscriptRequestBody.Json(Student, "t1-g000001", new Uri("http://127.0.0.1:4000/transcript-requests")));
        var root = json.RootElement;

        Assert.Equal("1234567890", root.GetProperty("student").GetProperty("ids")[0].GetProperty("value").GetString());
        Assert.Equal("2007-03-14", root.GetProperty("student").GetProperty("birthDate").GetString());
        Assert.Equal(("all", "admission", "application/json"),
            (root.GetProperty("level").GetString(), root.GetProperty("purpose").GetString(), root.GetProperty("format").GetString()));
        Assert.Equal("http://127.0.0.1:4000/transcript-requests", root.GetProperty("delivery").GetProperty("url").GetString());
        Assert.False(root.GetProperty("delivery").TryGetProperty("secret", out _));
        Assert.Equal("t1-g000001", root.GetProperty("requestTrackingId").GetString());
    }

    [Fact]
    public void Without_a_delivery_url_the_body_has_no_delivery()
    {
        using var json = JsonDocument.Parse(TranscriptRequestBody.Json(Student, "t1-c000001", null));

        Assert.False(json.RootElement.TryGetProperty("delivery", out _));
    }

    [Fact]
    public void The_answer_gives_the_request_id_the_status_and_the_delivery_secret()
    {
        var body = """{"requestId":"tr_1","status":"awaiting-consent","delivery":{"url":"http://x/","secret":"whsec_abc"}}"""u8;

        Assert.Equal(new RequestAnswer("tr_1", "awaiting-consent", "whsec_abc"), RequestAnswer.TryRead(body));
        Assert.Equal(new RequestAnswer("tr_1", "issued", null), RequestAnswer.TryRead("""{"requestId":"tr_1","status":"issued"}"""u8));
        Assert.Null(RequestAnswer.TryRead("""{"status":"issued"}"""u8));
        Assert.Null(RequestAnswer.TryRead(Encoding.UTF8.GetBytes("not json")));
    }

    [Theory]
    [InlineData("issued", true)]
    [InlineData("delivered", true)]
    [InlineData("acknowledged", true)]
    [InlineData("awaiting-consent", false)]
    [InlineData(null, false)]
    public void A_request_has_issued_once_its_transcript_exists(string? status, bool issued)
    {
        Assert.Equal(issued, RequestStatus.HasIssued(status));
    }
}
