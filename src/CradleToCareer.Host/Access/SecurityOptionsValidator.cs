using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Access;

/// <summary>Every problem of <c>C2C:Security</c>; the key-encryption key must be set on PostgreSQL.</summary>
internal sealed class SecurityOptionsValidator(ServiceSettings settings) : IValidateOptions<SecurityOptions>
{
    private const string Section = SecurityOptions.Section;

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var problems = new List<string>();
        if (KeyEncryptionKeyProblem(options.KeyEncryptionKey) is { } keyProblem)
        {
            problems.Add(keyProblem);
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            problems.Add($"{Section}:Issuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            problems.Add($"{Section}:Audience must not be empty.");
        }

        if (options.TokenLifetimeMinutes < 1)
        {
            problems.Add($"{Section}:TokenLifetimeMinutes must be a number of minutes of at least 1.");
        }

        if (options.KeyRefreshSeconds < 1)
        {
            problems.Add($"{Section}:KeyRefreshSeconds must be a number of seconds of at least 1.");
        }

        problems.AddRange(ExternalIssuerProblems(options));
        return ValidatedOptions.Outcome(problems);
    }

    private string? KeyEncryptionKeyProblem(string? configured) =>
        ConfiguredKeys.Decode(configured) is { Length: not SecurityOptions.KeyEncryptionKeyBytes }
            ? $"{SecurityOptions.KeyEncryptionKeyName} must decode to exactly {SecurityOptions.KeyEncryptionKeyBytes} bytes (AES-256)."
            : ConfiguredKeys.Problem(
                SecurityOptions.KeyEncryptionKeyName, configured, settings.IsEmbedded,
                "token-signing keys are stored encrypted under it and must stay readable across restarts and silos");

    private static IEnumerable<string> ExternalIssuerProblems(SecurityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ExternalAuthority))
        {
            yield break;
        }

        if (!Uri.TryCreate(options.ExternalAuthority, UriKind.Absolute, out var authority) || authority.Scheme is not ("http" or "https"))
        {
            yield return $"{Section}:ExternalAuthority must be an absolute http or https URL.";
        }

        if (string.IsNullOrWhiteSpace(options.ExternalAudience))
        {
            yield return $"{Section}:ExternalAudience must be set with {Section}:ExternalAuthority.";
        }
    }
}
