using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Reporting;

namespace CradleToCareer.LoadTool.Imports;

/// <summary>
/// Uploads an NDJSON file to <c>POST /v1/imports</c> with a progress line, follows the job until it is done, takes the
/// per-line results to a file when asked, and prints a summary to paste (imports.md).
/// </summary>
public static class ImportCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(ImportCommandOptions options, CancellationToken ct)
    {
        using var http = ServiceHttp.CreateClient(options.Url, 2, Timeout.InfiniteTimeSpan);
        var tokens = await AccessTokenSource.CreateAsync(http, options.Auth, ["source"], ct);
        var upload = Stopwatch.StartNew();
        var importId = await UploadAsync(http, await tokens.HeaderAsync(ct), options, ct);
        upload.Stop();
        ProgressReporter.Log($"uploaded as {importId} in {upload.Elapsed.TotalSeconds:F1} s");

        var processing = Stopwatch.StartNew();
        var job = await FollowAsync(http, tokens, importId, options.Timeout, ct);
        processing.Stop();
        if (options.Results is { } resultsFile)
        {
            await DownloadAsync(http, await tokens.HeaderAsync(ct), importId, resultsFile, ct);
        }

        Console.Write(ImportProgress.Summary(importId, job.Lines, job.Counts, upload.Elapsed, processing.Elapsed, options.Results));
        return 0;
    }

    private static async Task<string> UploadAsync(
        HttpClient http, AuthenticationHeaderValue? authorization, ImportCommandOptions options, CancellationToken ct)
    {
        await using var file = new CountingReadStream(File.OpenRead(options.File));
        var size = file.Length;
        var content = new StreamContent(file, 1024 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        content.Headers.ContentLength = size;
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/imports") { Content = content };
        request.Headers.Authorization = authorization;
        // The service answers a refusal (401, 413, 415, 429) before it reads the body: ask first, send the file only if invited.
        request.Headers.ExpectContinue = true;
        var clock = Stopwatch.StartNew();
        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = ProgressReporter.RunAsync(() => ImportProgress.Upload(file.Bytes, size, file.LineEnds, clock.Elapsed), stopProgress.Token);
        try
        {
            using var response = await Send(() => http.SendAsync(request, ct), options.Url);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new ToolException($"POST /v1/imports answered {(int)response.StatusCode}: {ServiceHttp.Snippet(body)}");
            }

            using var job = JsonDocument.Parse(body);
            return job.RootElement.GetProperty("importId").GetString()!;
        }
        finally
        {
            await stopProgress.CancelAsync();
            await progress;
        }
    }

    private static async Task<JobState> FollowAsync(
        HttpClient http, AccessTokenSource tokens, string importId, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var state = await ImportJobStatus.ReadAsync(http, tokens, importId, timeout, PollInterval, ct);
        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var progress = ProgressReporter.RunAsync(() => ImportProgress.Job(state.Status, state.Processed, state.Lines, clock.Elapsed), stopProgress.Token);
        try
        {
            while (state.Status != "done")
            {
                await Task.Delay(PollInterval, ct);
                state = await ImportJobStatus.ReadAsync(http, tokens, importId, timeout, PollInterval, ct);
            }

            return state;
        }
        finally
        {
            await stopProgress.CancelAsync();
            await progress;
        }
    }

    private static async Task DownloadAsync(
        HttpClient http, AuthenticationHeaderValue? authorization, string importId, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/imports/{importId}/results");
        request.Headers.Authorization = authorization;
        using var response = await Send(() => http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct), http.BaseAddress!);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            throw new ToolException($"GET /v1/imports/{importId}/results answered {(int)response.StatusCode}: {ServiceHttp.Snippet(body)}");
        }

        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file, ct);
        ProgressReporter.Log($"results written to {path} ({ImportProgress.Size(file.Length)})");
    }

    private static async Task<HttpResponseMessage> Send(Func<Task<HttpResponseMessage>> send, Uri url)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw ServiceHttp.Unreachable(url, e);
        }
    }
}

/// <summary>What the command reads of a job.</summary>
public sealed record JobState(string Status, long Lines, long Processed, ImportCounts Counts)
{
    public static JobState Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var job = document.RootElement;
        var counts = job.GetProperty("counts");
        return new JobState(
            job.GetProperty("status").GetString()!,
            job.GetProperty("lines").GetInt64(),
            job.GetProperty("processed").GetInt64(),
            new ImportCounts(
                counts.GetProperty("accepted").GetInt64(),
                counts.GetProperty("duplicate").GetInt64(),
                counts.GetProperty("conflict").GetInt64(),
                counts.GetProperty("rejected").GetInt64()));
    }
}
