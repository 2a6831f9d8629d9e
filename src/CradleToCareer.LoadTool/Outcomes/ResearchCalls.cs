using System.Net;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The research routes of outcomes.md: an admin approves the project, a researcher of its organization asks for an
/// extract, reads its status and downloads its file. Any answer but the expected ones ends the phase with the
/// service's words.
/// </summary>
public sealed class ResearchCalls(HttpClient http, AccessTokenSource admin, AccessTokenSource researcher)
{
    /// <summary>Approves the project (201, or 409 when a rerun with the same tag approved it already).</summary>
    public async Task<HttpStatusCode> ApproveAsync(object project, string projectId, CancellationToken ct)
    {
        using var request = SetupHttp.Json(HttpMethod.Post, "v1/research/projects", project, await admin.HeaderAsync(ct));
        using var response = await SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict
            ? response.StatusCode
            : throw new ToolException(
                $"POST /v1/research/projects ({projectId}) answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
    }

    /// <summary>Asks for an extract: 202 with its id and status, and where to read it (Location).</summary>
    public async Task<(ExtractState State, Uri? Location)> RequestAsync(string projectId, CancellationToken ct)
    {
        var path = $"v1/research/projects/{Uri.EscapeDataString(projectId)}/extracts";
        using var request = SetupHttp.Json(HttpMethod.Post, path, new { }, await researcher.HeaderAsync(ct));
        using var response = await SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new ToolException($"POST /{path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
        }
        var state = Parse(body, $"POST /{path}");
        return state.ExtractId is null
            ? throw new ToolException($"POST /{path}: the 202 has no extractId: {ServiceHttp.Snippet(body)}")
            : (state, response.Headers.Location);
    }

    public async Task<ExtractState> StatusAsync(string projectId, string extractId, CancellationToken ct)
    {
        var path = $"v1/research/projects/{Uri.EscapeDataString(projectId)}/extracts/{Uri.EscapeDataString(extractId)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = await researcher.HeaderAsync(ct);
        using var response = await SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return response.StatusCode == HttpStatusCode.OK
            ? Parse(body, $"GET /{path}")
            : throw new ToolException($"GET /{path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
    }

    /// <summary>Downloads the file at <paramref name="download"/> (relative to the service) as it streams in, counting its rows.</summary>
    public async Task<CsvRowCounter> DownloadAsync(string download, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(http.BaseAddress!, download));
        request.Headers.Authorization = await researcher.HeaderAsync(ct);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw ServiceHttp.Unreachable(http.BaseAddress!, e);
        }
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                throw new ToolException($"GET {download} answered {(int)response.StatusCode} {response.ReasonPhrase}: {ServiceHttp.Snippet(body)}");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await CsvRowCounter.CountAsync(stream, ct);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw ServiceHttp.Unreachable(http.BaseAddress!, e);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ToolException($"{request.Method} /{request.RequestUri}: no answer within {http.Timeout.TotalSeconds:F0} s");
        }
    }

    private static ExtractState Parse(byte[] body, string what)
    {
        try
        {
            return ExtractState.Parse(body);
        }
        catch (FormatException e)
        {
            throw new ToolException($"{what}: {e.Message}: {ServiceHttp.Snippet(body)}");
        }
    }
}
