using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>The outcome of one POST: how it was answered (<see cref="RequestTally"/>'s kinds), the 202's fields, and when it was sent and answered.</summary>
public sealed record PostOutcome(string Kind, RequestAnswer? Accepted, long SentAt, long AnsweredAt);

/// <summary>
/// The college's requests, with its bearer token: a transcript request about a student, and the request's status. A
/// connection failure or timeout is an outcome, not an error, since kill mode sends across the host's outage.
/// </summary>
public sealed class CollegeCalls(HttpClient http, AccessTokenSource college)
{
    public const string Route = "v1/transcript-requests";

    public async Task<PostOutcome> RequestAsync(LandedStudent student, string trackingId, Uri? deliveryUrl, CancellationToken ct)
    {
        var profile = student.Student.Profile;
        var content = new ByteArrayContent(TranscriptRequestBody.Json(profile.K12Block(profile.District), trackingId, deliveryUrl));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = content };
        request.Headers.Authorization = await college.HeaderAsync(ct);
        var sentAt = Stopwatch.GetTimestamp();
        var (kind, answer) = await SendAsync(request, HttpStatusCode.Accepted, ct);
        return new PostOutcome(answer is null ? kind : RequestTally.Accepted(answer.Status), answer, sentAt, Stopwatch.GetTimestamp());
    }

    /// <summary>The request's status, or why it could not be read (the kinds of <see cref="RequestTally"/>).</summary>
    public async Task<(string? Status, string Kind)> StatusAsync(string requestId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Route}/{Uri.EscapeDataString(requestId)}");
        request.Headers.Authorization = await college.HeaderAsync(ct);
        var (kind, answer) = await SendAsync(request, HttpStatusCode.OK, ct);
        return (answer?.Status, kind);
    }

    private async Task<(string Kind, RequestAnswer? Answer)> SendAsync(HttpRequestMessage request, HttpStatusCode expected, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            return response.StatusCode != expected ? ($"http-{status}", null)
                : RequestAnswer.TryRead(body) is { } answer ? (status, answer)
                : ($"{status} unreadable", null);
        }
        catch (HttpRequestException e)
        {
            return ($"error: {e.HttpRequestError}", null);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return ("timeout", null);
        }
    }
}
