using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>The token key is base64 of 32 bytes or more; on PostgreSQL it must be set.</summary>
internal sealed class IdentityTokenOptionsValidator(ServiceSettings settings) : IValidateOptions<IdentityTokenOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityTokenOptions options) =>
        ConfiguredKeys.Problem(
                IdentityTokenOptions.TokenKeyName, options.TokenKey, settings.IsEmbedded,
                "SSN and identifier tokens must stay the same across restarts and silos") is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}
