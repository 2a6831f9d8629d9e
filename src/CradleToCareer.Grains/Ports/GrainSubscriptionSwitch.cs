using CradleToCareer.Abstractions;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Grains.Ports;

/// <summary>A subscription changes only in its own <see cref="ISubscriptionGrain"/>.</summary>
public sealed class GrainSubscriptionSwitch(IGrainFactory grains) : ISubscriptionSwitch
{
    public Task DisableAsync(string subscriptionId) => grains.Keyed<ISubscriptionGrain>(subscriptionId).DisableAsync();
}
