namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// The service's own limits on a request's address and headers (<c>C2C:RequestLimits</c>), answered with
/// problem+json. Kestrel's limits are set to twice these, so only what passes Kestrel's limit meets an empty body.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string Section = "C2C:RequestLimits";

    /// <summary>Characters of path and query together (default 8,192); longer is <c>414</c>.</summary>
    public int MaxUrlLength { get; set; } = 8_192;

    /// <summary>Characters of all header names and values together (default 32,768); more is <c>431</c>.</summary>
    public int MaxHeaderBytes { get; set; } = 32_768;

    /// <summary>Header fields (default 100); more is <c>431</c>.</summary>
    public int MaxHeaderCount { get; set; } = 100;

    /// <summary>How far above these limits Kestrel's own lie.</summary>
    public const int KestrelFactor = 2;
}
