using Microsoft.Extensions.Configuration;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Options bound from configuration values the way the host binds them.</summary>
public static class BoundOptions
{
    public static TOptions From<TOptions>(string section, params (string Key, string Value)[] values)
        where TOptions : new() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build()
            .GetSection(section)
            .Get<TOptions>() ?? new TOptions();
}
