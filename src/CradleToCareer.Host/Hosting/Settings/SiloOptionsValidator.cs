using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Settings;

/// <summary>
/// Every problem of <c>C2C:Cluster</c>: empty names, ports out of range or shared, an address that does not resolve, a
/// response timeout or idle-grain age out of range, Kubernetes hosting without PostgreSQL or with an address of its own.
/// </summary>
internal sealed class SiloOptionsValidator(ServiceSettings settings) : IValidateOptions<SiloOptions>
{
    private const string Section = SiloOptions.Section;

    public ValidateOptionsResult Validate(string? name, SiloOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            problems.Add($"{Section}:ClusterId must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            problems.Add($"{Section}:ServiceId must not be empty.");
        }

        problems.AddRange(PortProblems(options));
        if (options.ResponseTimeoutSeconds is < 1 or > 300)
        {
            problems.Add($"{Section}:ResponseTimeoutSeconds must be from 1 to 300.");
        }

        if (options.IdleGrainMinutes is < 2 or > 1440)
        {
            problems.Add($"{Section}:IdleGrainMinutes must be from 2 to 1440 (Orleans checks for idle grains every minute).");
        }

        if (options.HasAdvertisedAddress && options.AdvertisedIPAddress() is null)
        {
            problems.Add($"{Section}:AdvertisedAddress must be an IP address or a host name that resolves to an IPv4 address.");
        }

        problems.AddRange(KubernetesProblems(options));
        return ValidatedOptions.Outcome(problems);
    }

    private IEnumerable<string> KubernetesProblems(SiloOptions options)
    {
        if (!options.Kubernetes)
        {
            yield break;
        }

        if (settings.IsEmbedded)
        {
            yield return $"{Section}:Kubernetes needs ConnectionStrings:Postgres (env ConnectionStrings__Postgres): " +
                         "on Kubernetes the silos still find each other through the membership table on PostgreSQL.";
        }

        if (options.HasAdvertisedAddress)
        {
            yield return $"{Section}:AdvertisedAddress must not be set with {Section}:Kubernetes: the pod's address (POD_IP) is advertised.";
        }
    }

    private static IEnumerable<string> PortProblems(SiloOptions options)
    {
        foreach (var (key, port) in new[] { ("SiloPort", options.SiloPort), ("GatewayPort", options.GatewayPort) })
        {
            if (port is < 1 or > 65535)
            {
                yield return $"{Section}:{key} must be a port from 1 to 65535.";
            }
        }

        if (options.SiloPort == options.GatewayPort)
        {
            yield return $"{Section}:SiloPort and {Section}:GatewayPort must differ.";
        }
    }
}
