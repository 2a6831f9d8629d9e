using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Alerts;

/// <summary>The sweep runs every so many seconds (more than 0) and waits a number of seconds that is not negative.</summary>
internal sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    /// <summary>From here on, a number of seconds no longer makes a time span.</summary>
    private static readonly double TooManySeconds = TimeSpan.MaxValue.TotalSeconds;

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var problems = new List<string>();
        if (!(options.SweepIntervalSeconds > 0 && options.SweepIntervalSeconds < TooManySeconds))
        {
            problems.Add($"{AlertOptions.Section}:SweepIntervalSeconds must be a number of seconds above 0.");
        }

        if (!(options.SweepSettleSeconds >= 0 && options.SweepSettleSeconds < TooManySeconds))
        {
            problems.Add($"{AlertOptions.Section}:SweepSettleSeconds must be a number of seconds, 0 or more.");
        }

        return ValidatedOptions.Outcome(problems);
    }
}
