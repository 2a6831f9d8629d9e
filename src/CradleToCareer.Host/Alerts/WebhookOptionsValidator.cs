using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Alerts;

/// <summary>An organization may have at least 1 and at most <see cref="WebhookOptions.HighestMaxActiveSubscriptions"/> active subscriptions.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var problems = new List<string>();
        if (options.MaxActiveSubscriptionsPerOrganization is < 1 or > WebhookOptions.HighestMaxActiveSubscriptions)
        {
            problems.Add($"{WebhookOptions.Section}:MaxActiveSubscriptionsPerOrganization must be a whole number from 1 to {WebhookOptions.HighestMaxActiveSubscriptions}.");
        }

        return ValidatedOptions.Outcome(problems);
    }
}
