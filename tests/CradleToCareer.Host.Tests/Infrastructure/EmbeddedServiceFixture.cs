namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>One host on the embedded default (no database) shared by a test class.</summary>
public sealed class EmbeddedServiceFixture : IAsyncLifetime
{
    private ServiceUnderTest? _service;

    public HttpClient Http => (_service ?? throw new InvalidOperationException("not started")).Http;

    public async Task InitializeAsync() => _service = await ServiceUnderTest.StartAsync();

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
