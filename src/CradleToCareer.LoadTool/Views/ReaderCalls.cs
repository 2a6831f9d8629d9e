using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Reads;

namespace CradleToCareer.LoadTool.Views;

/// <summary>
/// The reader organization's timed requests. Each is sent with the reader's bearer token, read to the end and judged;
/// the tally counts it under <see cref="Ok"/> with its latency (send to last byte) when it is what the contract
/// promises, otherwise under its status code or the reason its body is wrong, without a latency.
/// </summary>
public sealed class ReaderCalls(HttpClient http, AccessTokenSource tokens)
{
    public const string Ok = "ok";

    private static readonly byte[] TranscriptRequest = """{"level":"all","purpose":"admission"}"""u8.ToArray();

    public async Task IssueTranscriptAsync(string personId, TranscriptFormat format, ReadTally tally, CourseCounts courses, CancellationToken ct)
    {
        var content = new ByteArrayContent(TranscriptRequest);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"v1/students/{Uri.EscapeDataString(personId)}/transcripts") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(format.MediaType));
        await MeasureAsync(request, tally, (response, body) =>
            response.StatusCode != HttpStatusCode.Created ? Status(response)
            : response.Headers.Location is null ? "201 without Location"
            : TranscriptCheck.MediaType(response.Content.Headers.ContentType?.MediaType, format.MediaType) is { } wrongType ? $"201 with {wrongType}"
            : format.CheckBody(body, courses) is { } wrongBody ? $"201 but {wrongBody}"
            : null, ct);
    }

    public Task GetProgressAsync(string personId, ReadTally tally, CancellationToken ct) =>
        GetAsync($"v1/students/{Uri.EscapeDataString(personId)}/progress", tally, ct);

    /// <summary>The trivial reference: who the caller is, behind the same authentication as the views.</summary>
    public Task GetMeAsync(ReadTally tally, CancellationToken ct) => GetAsync("v1/me", tally, ct);

    private Task GetAsync(string path, ReadTally tally, CancellationToken ct) =>
        MeasureAsync(new HttpRequestMessage(HttpMethod.Get, path), tally,
            (response, _) => response.StatusCode == HttpStatusCode.OK ? null : Status(response), ct);

    private async Task MeasureAsync(
        HttpRequestMessage request, ReadTally tally, Func<HttpResponseMessage, byte[], string?> failure, CancellationToken ct)
    {
        using (request)
        {
            request.Headers.Authorization = await tokens.HeaderAsync(ct);
            tally.Started();
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                var latency = Stopwatch.GetElapsedTime(started);
                var wrong = failure(response, body);
                tally.Finished(wrong ?? Ok, wrong is null ? latency : null);
            }
            catch (HttpRequestException e)
            {
                tally.Finished($"error: {e.HttpRequestError}", null);
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                tally.Finished("timeout", null);
            }
        }
    }

    private static string Status(HttpResponseMessage response) => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
}
