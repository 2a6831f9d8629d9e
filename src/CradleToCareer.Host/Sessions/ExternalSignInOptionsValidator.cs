using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Every problem of <c>C2C:Web:OpenIdConnect</c>: all of its three keys or none (a half-configured provider names the
/// missing keys), an absolute authority URL, HTTPS unless turned off, and a user name claim and button name.
/// </summary>
internal sealed class ExternalSignInOptionsValidator : IValidateOptions<ExternalSignInOptions>
{
    private const string Section = ExternalSignInOptions.Section;

    public ValidateOptionsResult Validate(string? name, ExternalSignInOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        var missing = options.RequiredKeys().Where(key => key.Value is null).Select(key => $"{Section}:{key.Key}").ToList();
        if (missing.Count > 0)
        {
            problems.Add(
                $"{Section} is half configured: set {Section}:Authority, :ClientId and :ClientSecret together, or none of them; " +
                $"missing {string.Join(", ", missing)}.");
        }

        if (options.Authority is { } authority && !string.IsNullOrWhiteSpace(authority))
        {
            if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                problems.Add($"{Section}:Authority must be an absolute http or https URL.");
            }
            else if (uri.Scheme == "http" && options.RequireHttpsMetadata)
            {
                problems.Add($"{Section}:Authority must be an https URL unless {Section}:RequireHttpsMetadata is false.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.UsernameClaim))
        {
            problems.Add($"{Section}:UsernameClaim must name the ID token's claim that holds the user name.");
        }

        if (string.IsNullOrWhiteSpace(options.DisplayName))
        {
            problems.Add($"{Section}:DisplayName must not be empty.");
        }

        return ValidatedOptions.Outcome(problems);
    }
}
