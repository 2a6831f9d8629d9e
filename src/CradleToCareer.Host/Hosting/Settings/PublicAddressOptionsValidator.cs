using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary><c>C2C:PublicBaseUrl</c> is an absolute http or https URL.</summary>
internal sealed class PublicAddressOptionsValidator : IValidateOptions<PublicAddressOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicAddressOptions options) =>
        options.ParsedBaseUrl() is null ? ValidateOptionsResult.Fail(PublicAddressOptions.Problem) : ValidateOptionsResult.Success;
}
