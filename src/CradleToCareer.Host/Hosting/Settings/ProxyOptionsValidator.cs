using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>Every trusted proxy is an address or a network in CIDR form; each one that is not is named.</summary>
internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options) =>
        ValidatedOptions.Outcome([.. options.Entries
            .Where(entry => !ProxyOptions.TryParse(entry, out _))
            .Select(entry => $"{ProxyOptions.Section}:TrustedProxies: '{entry}' is neither an IP address nor a network such as 10.0.0.0/8.")]);
}
