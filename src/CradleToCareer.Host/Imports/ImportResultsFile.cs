using CradleToCareer.Application.Imports;

namespace CradleToCareer.Host.Imports;

/// <summary>A done job's per-line results as NDJSON, streamed chunk by chunk as the store gives them: never held whole in memory.</summary>
internal sealed class ImportResultsFile(ImportJob job, IAsyncEnumerable<ReadOnlyMemory<byte>> chunks) : IResult
{
    public const string MediaType = "application/x-ndjson";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{job.ImportId}-results.ndjson\"";
        response.Headers.CacheControl = "no-store";
        await foreach (var chunk in chunks.WithCancellation(httpContext.RequestAborted))
        {
            await response.Body.WriteAsync(chunk, httpContext.RequestAborted);
        }
    }
}
