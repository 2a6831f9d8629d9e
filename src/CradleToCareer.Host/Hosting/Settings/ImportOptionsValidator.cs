using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The problems of <c>C2C:Imports</c>: a lease out of range.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options) =>
        ValidatedOptions.Outcome(options.LeaseSeconds is < 2 or > 3600
            ? [$"{ImportOptions.Section}:LeaseSeconds must be from 2 to 3600 (a chunk of 1,000 lines must be ingested within it)."]
            : []);
}
