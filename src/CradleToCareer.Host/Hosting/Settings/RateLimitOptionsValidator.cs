using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The rate and the burst are positive numbers of requests.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new List<string>();
        if (options.RequestsPerSecond < 1)
        {
            problems.Add($"{RateLimitOptions.Section}:RequestsPerSecond must be a number of requests of at least 1.");
        }

        if (options.Burst < 1)
        {
            problems.Add($"{RateLimitOptions.Section}:Burst must be a number of requests of at least 1.");
        }

        return ValidatedOptions.Outcome(problems);
    }
}
