using CradleToCareer.Storage.InMemory.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

public sealed class InMemoryAlertStoresTests : AlertStoresContract
{
    protected override bool RefusesNul => false;

    protected override Task<AlertStores> CreateStoresAsync()
    {
        var alerts = new InMemoryAlerts();
        return Task.FromResult(new AlertStores(
            new InMemoryAlertLog(alerts), new InMemorySubscriptionStore(alerts), new InMemoryDeliveryQueue(alerts), new InMemoryAlertSweepCursor()));
    }
}
