using System.Net;
using System.Net.Sockets;
using CradleToCareer.Host.Alerts;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// Resolves webhook host names from a fixed table, without asking DNS; any other name does not resolve. Lets a test
/// point a public-looking name at a refused address, or at nothing, with no traffic leaving the machine.
/// </summary>
public sealed class FakeHostResolver(IReadOnlyDictionary<string, IPAddress[]> names) : IWebhookHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        names.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
