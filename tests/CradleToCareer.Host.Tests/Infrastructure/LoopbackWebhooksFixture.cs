namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>An embedded host that may deliver webhooks to loopback addresses, and a receiver there.</summary>
public sealed class LoopbackWebhooksFixture : IAsyncLifetime
{
    private ServiceUnderTest? _service;
    private WebhookReceiver? _receiver;

    public ServiceUnderTest Service => _service ?? throw new InvalidOperationException("not started");

    public WebhookReceiver Receiver => _receiver ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _service = await ServiceUnderTest.StartAsync(null, "C2C:Webhooks:AllowLoopback=true");
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    /// <summary>A new subscriber with a subscription to <see cref="Receiver"/>, and a new student.</summary>
    public Task<AlertScenario> ScenarioAsync(string role = "subscriber") =>
        AlertScenario.StartAsync(Service.Anonymous, Service.Http, Receiver.Url, role);
}
