using System.Globalization;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>Each limit lies between a useful floor and a ceiling well short of what Kestrel can hold.</summary>
internal sealed class RequestLimitOptionsValidator : IValidateOptions<RequestLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RequestLimitOptions options)
    {
        var problems = new List<string>();
        InRange(problems, "MaxUrlLength", options.MaxUrlLength, 1_024, 1_048_576);
        InRange(problems, "MaxHeaderBytes", options.MaxHeaderBytes, 4_096, 1_048_576);
        InRange(problems, "MaxHeaderCount", options.MaxHeaderCount, 10, 10_000);
        return ValidatedOptions.Outcome(problems);
    }

    private static void InRange(List<string> problems, string key, int value, int least, int most)
    {
        if (value < least || value > most)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{RequestLimitOptions.Section}:{key} must be between {least:N0} and {most:N0}."));
        }
    }
}
