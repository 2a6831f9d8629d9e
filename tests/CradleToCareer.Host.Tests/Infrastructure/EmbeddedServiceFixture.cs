namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>One host on the embedded default (no database) shared by a test class.</summary>
public sealed class EmbeddedServiceFixture : IAsyncLifetime
{
    private ServiceUnderTest? _service;

    public HttpClient Http => Service.Http;

    public HttpClient Anonymous => Service.Anonymous;

    public ServiceUnderTest Service => _service ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _service = await ServiceUnderTest.StartAsync();

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
