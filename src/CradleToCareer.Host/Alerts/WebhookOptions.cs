namespace CradleToCareer.Host.Alerts;

/// <summary>
/// C2C:Webhooks:AllowLoopback (default false): also accept webhook URLs on loopback addresses, over plain
/// http too, for tests and local setups. Private and link-local addresses stay refused.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "C2C:Webhooks";

    public bool AllowLoopback { get; set; }
}
