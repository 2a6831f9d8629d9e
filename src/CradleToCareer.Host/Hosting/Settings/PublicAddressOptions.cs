namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// Where clients and alert receivers reach this service (<c>C2C:PublicBaseUrl</c>; default the service's own
/// default URL): the base of the links alerts carry.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string Section = "C2C";

    public const string Problem = Section + ":PublicBaseUrl must be an absolute http or https URL, such as https://c2c.example.gov/.";

    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured URL ending in a slash, or null when it is not an absolute http or https URL.</summary>
    public Uri? ParsedBaseUrl()
    {
        var configured = string.IsNullOrEmpty(PublicBaseUrl) ? ServiceSettings.DefaultUrl : PublicBaseUrl;
        return Uri.TryCreate(configured.EndsWith('/') ? configured : configured + "/", UriKind.Absolute, out var url)
               && url.Scheme is "http" or "https"
            ? url
            : null;
    }

    /// <summary>The base URL, validated at start.</summary>
    public Uri BaseUrl() => ParsedBaseUrl() ?? throw new InvalidOperationException(Problem);
}
