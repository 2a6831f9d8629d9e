namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Webhooks (<c>C2C:Webhooks</c>). <see cref="AllowLoopback"/> (default false): also accept webhook URLs on loopback
/// addresses, over plain http too, for tests and local setups; private and other special-purpose addresses stay
/// refused. <see cref="MaxActiveSubscriptionsPerOrganization"/> (default 100): how many active subscriptions one
/// organization may have; one more is refused with <c>409</c> until one is stopped.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "C2C:Webhooks";

    public const int DefaultMaxActiveSubscriptions = 100;

    /// <summary>The highest limit a setting may name; beyond it the limit would protect nothing.</summary>
    public const int HighestMaxActiveSubscriptions = 10_000;

    public bool AllowLoopback { get; set; }

    public int MaxActiveSubscriptionsPerOrganization { get; set; } = DefaultMaxActiveSubscriptions;
}
