using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Access;

/// <summary>On PostgreSQL the bootstrap admin's secret must be configured; it is generated only on the embedded default.</summary>
internal sealed class AdminOptionsValidator(ServiceSettings settings) : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        string.IsNullOrWhiteSpace(options.ClientSecret) && !settings.IsEmbedded
            ? ValidateOptionsResult.Fail(
                $"{AdminOptions.Section}:ClientSecret (env C2C__Admin__ClientSecret) must be set when running on PostgreSQL: " +
                "it is the bootstrap admin's secret.")
            : ValidateOptionsResult.Success;
}
