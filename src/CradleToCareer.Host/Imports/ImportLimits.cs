namespace CradleToCareer.Host.Imports;

/// <summary>The size limit of <c>POST /v1/imports</c>; lines are cut and chunked as for NDJSON on <c>POST /v1/events</c>.</summary>
public static class ImportLimits
{
    /// <summary>An upload as a whole; over it the answer is 413 and nothing is kept.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024 * 1024;
}
