using System.Net;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// What a webhook URL may be: absolute, https, at most <see cref="MaxLength"/> characters, no credentials, no fragment,
/// and a host that is not a special-purpose address (loopback, private, link-local, documentation, ...: see <see cref="AddressRules"/>),
/// nor <c>localhost</c> or a <c>*.localhost</c> name. With loopback allowed, loopback hosts may also use plain http.
/// Only literal addresses and the localhost names can be judged here: a DNS name that resolves to a private address
/// is caught at sending time, by applying <see cref="AddressRules.IsForbidden"/> to each resolved address.
/// </summary>
public static class WebhookUrlRules
{
    public const int MaxLength = 2000;

    /// <summary>The problem with the URL, or <c>null</c> when it is acceptable.</summary>
    public static string? Check(string? url, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "A webhook URL is required.";
        }

        if (url.Length > MaxLength)
        {
            return $"A webhook URL can be at most {MaxLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || uri.Host.Length == 0)
        {
            return "A webhook URL must be an absolute URL with a host, such as https://example.org/hooks/c2c.";
        }

        var scope = HostScope(uri);
        var loopbackAllowed = allowLoopback && scope == AddressScope.Loopback;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && loopbackAllowed))
        {
            return allowLoopback
                ? "A webhook URL must use https (plain http only to a loopback host)."
                : "A webhook URL must use https.";
        }

        if (uri.GetLeftPart(UriPartial.Authority).Contains('@'))
        {
            return "A webhook URL cannot carry credentials (user info before the host).";
        }

        if (url.Contains('#'))
        {
            return "A webhook URL cannot have a fragment (#...).";
        }

        if (scope != AddressScope.Public && !loopbackAllowed)
        {
            return $"A webhook URL cannot point at a {Describe(scope)} address.";
        }

        return null;
    }

    private static AddressScope HostScope(Uri uri)
    {
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address))
        {
            return AddressRules.Classify(address);
        }

        var host = uri.Host.TrimEnd('.');
        return host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal)
            ? AddressScope.Loopback
            : AddressScope.Public;
    }

    private static string Describe(AddressScope scope) => scope switch
    {
        AddressScope.Loopback => "loopback",
        AddressScope.LinkLocal => "link-local",
        AddressScope.Private => "private",
        AddressScope.Unspecified => "unspecified",
        AddressScope.Documentation => "documentation",
        AddressScope.Benchmarking => "benchmarking",
        AddressScope.Translation => "translation (6to4, Teredo or NAT64)",
        AddressScope.Reserved => "reserved special-purpose",
        _ => "non-unicast",
    };
}
