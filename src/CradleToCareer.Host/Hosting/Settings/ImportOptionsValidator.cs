using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The problems of <c>C2C:Imports</c>: each setting out of its range, named.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        var problems = new List<string>();
        if (options.LeaseSeconds is < 2 or > 3600)
        {
            problems.Add($"{ImportOptions.Section}:LeaseSeconds must be from 2 to 3600 (a chunk of 1,000 lines must be ingested within it).");
        }

        if (options.MaxUnfinishedPerOrganization is < 1 or > 10_000)
        {
            problems.Add($"{ImportOptions.Section}:MaxUnfinishedPerOrganization must be from 1 to 10000.");
        }

        if (options.KeepResultsDays is < 1 or > 3650)
        {
            problems.Add($"{ImportOptions.Section}:KeepResultsDays must be from 1 to 3650 (ten years).");
        }

        return ValidatedOptions.Outcome(problems);
    }
}
