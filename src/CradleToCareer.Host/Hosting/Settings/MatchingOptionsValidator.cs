using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>Every problem of the matching settings: thresholds out of order, unknown or malformed pinned weights.</summary>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options) => ValidatedOptions.Outcome(options.Problems());
}
