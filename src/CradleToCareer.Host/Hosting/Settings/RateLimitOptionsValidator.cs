using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// Rates, bursts and failure counts are positive numbers; the token endpoint's lockout may not grow past its
/// maximum before it starts, and a client id takes at least as many failures as one address does.
/// </summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    private const string Token = RateLimitOptions.Section + ":Token";

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var problems = new List<string>();
        AtLeastOne(problems, $"{RateLimitOptions.Section}:RequestsPerSecond", options.RequestsPerSecond, "requests");
        AtLeastOne(problems, $"{RateLimitOptions.Section}:Burst", options.Burst, "requests");
        problems.AddRange(TokenProblems(options.Token));
        AtLeastOne(problems, $"{RateLimitOptions.Section}:Public:RequestsPerSecondPerAddress", options.Public.RequestsPerSecondPerAddress, "requests");
        AtLeastOne(problems, $"{RateLimitOptions.Section}:Public:BurstPerAddress", options.Public.BurstPerAddress, "requests");
        return ValidatedOptions.Outcome(problems);
    }

    private static List<string> TokenProblems(TokenEndpointLimits token)
    {
        var problems = new List<string>();
        AtLeastOne(problems, $"{Token}:RequestsPerSecondPerAddress", token.RequestsPerSecondPerAddress, "requests");
        AtLeastOne(problems, $"{Token}:BurstPerAddress", token.BurstPerAddress, "requests");
        AtLeastOne(problems, $"{Token}:FailuresPerAddress", token.FailuresPerAddress, "failures");
        AtLeastOne(problems, $"{Token}:FailuresPerClient", token.FailuresPerClient, "failures");
        AtLeastOne(problems, $"{Token}:FailureWindowSeconds", token.FailureWindowSeconds, "seconds");
        AtLeastOne(problems, $"{Token}:LockoutSeconds", token.LockoutSeconds, "seconds");
        AtLeastOne(problems, $"{Token}:ConcurrentSecretChecks", token.ConcurrentSecretChecks, "checks");
        if (token.MaxLockoutSeconds < token.LockoutSeconds)
        {
            problems.Add($"{Token}:MaxLockoutSeconds must be at least {Token}:LockoutSeconds.");
        }

        if (token.FailuresPerClient < token.FailuresPerAddress)
        {
            problems.Add($"{Token}:FailuresPerClient must be at least {Token}:FailuresPerAddress.");
        }

        if (token.QueuedSecretChecks < 0)
        {
            problems.Add($"{Token}:QueuedSecretChecks must be a number of requests of at least 0.");
        }

        return problems;
    }

    private static void AtLeastOne(List<string> problems, string key, int? value, string unit)
    {
        if (value < 1)
        {
            problems.Add($"{key} must be a number of {unit} of at least 1.");
        }
    }
}
