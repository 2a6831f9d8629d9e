using CradleToCareer.Domain.Research;

namespace CradleToCareer.Host.Research;

/// <summary>A ready extract's CSV, streamed chunk by chunk as the store gives them: never held whole in memory.</summary>
internal sealed class ExtractFileResult(ResearchExtract extract, IAsyncEnumerable<ReadOnlyMemory<byte>> chunks) : IResult
{
    public const string MediaType = "text/csv";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{extract.ExtractId}.csv\"";
        response.Headers.CacheControl = "no-store";
        if (extract.Summary is { } summary)
        {
            response.ContentLength = summary.Bytes;
        }

        await foreach (var chunk in chunks.WithCancellation(httpContext.RequestAborted))
        {
            await response.Body.WriteAsync(chunk, httpContext.RequestAborted);
        }
    }
}
