using CradleToCareer.Domain.Access;
using CradleToCareer.Application.Access;
using CradleToCareer.Application.Access.Signing;

namespace CradleToCareer.Host.Access;

/// <summary>
/// Before the API answers: loads (or creates) the token-signing keys and makes sure the bootstrap admin
/// client exists. On the embedded default without a configured secret it generates one and prints it
/// once to the console, never to the logs.
/// </summary>
internal sealed class AccessStartup(
    AccessSettings settings, IAccessRegistry registry, SigningKeyRing keys, ILogger<AccessStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.InitializeAsync(cancellationToken);
        var secret = settings.AdminClientSecret ?? ClientSecrets.Generate();
        await registry.EnsureClientAsync(
            settings.AdminClientId, secret, AccessSettings.OperatorOrganization, [Roles.Admin], cancellationToken);
        if (settings.AdminClientSecret is null)
        {
            Console.WriteLine(
                $"""

                 ==== Bootstrap admin client (shown once; set C2C__Admin__ClientSecret to choose it) ====
                   client_id:     {settings.AdminClientId}
                   client_secret: {secret}
                 ========================================================================================

                """);
        }

        logger.LogInformation("Access control ready: bootstrap admin client {ClientId}", settings.AdminClientId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
