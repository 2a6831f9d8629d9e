using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>A fake OpenID Connect provider and a host on the embedded default that offers sign-in through it.</summary>
public sealed class ExternalSignInFixture : IAsyncLifetime
{
    private FakeOpenIdProvider? _provider;
    private ServiceUnderTest? _service;

    public FakeOpenIdProvider Provider => _provider ?? throw new InvalidOperationException("not started");

    public ServiceUnderTest Service => _service ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenIdProvider.StartAsync();
        _service = await ServiceUnderTest.StartAsync(null, _provider.SignInSettings());
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
