using System.Reflection;
using CradleToCareer.Application.Diagnostics;
using CradleToCareer.Host.Hosting.Settings;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CradleToCareer.Host.Hosting.Telemetry;

/// <summary>
/// Traces, metrics and logs over OTLP when an endpoint is configured (<see cref="TelemetryOptions"/>): the service's own
/// meter and activity source (<see cref="ServiceTelemetry"/>), Orleans' meter, ASP.NET Core, HttpClient, Npgsql and the
/// .NET runtime, under the service's name and version. Without an endpoint none of it is registered: nothing listens,
/// so the instruments measure nothing and cost next to nothing. The Orleans Dashboard is there either way.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "cradle-to-career";

    public const string OrleansMeter = "Microsoft.Orleans";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(TelemetryOptions.Section);
        builder.AddOrleansDashboard();

        // Bad values are left to the validator, which stops the start naming them.
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.ParsedEndpoint() is { } endpoint && options.ParsedProtocol() is { } protocol)
        {
            Instrument(builder.Services).UseOtlpExporter(protocol, endpoint);
        }
        else if (string.IsNullOrWhiteSpace(options.OtlpEndpoint)
                 && TelemetryOptions.HttpUrl(builder.Configuration[TelemetryOptions.StandardEndpointKey]) is not null)
        {
            Instrument(builder.Services).UseOtlpExporter();
        }
    }

    private static IOpenTelemetryBuilder Instrument(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: Version()))
            .WithTracing(tracing => tracing
                .AddSource(ServiceTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.EnrichWithHttpRequest = PrivateAddresses.OfIncoming)
                .AddHttpClientInstrumentation(httpClient => httpClient.EnrichWithHttpRequestMessage = PrivateAddresses.OfOutgoing)
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(ServiceTelemetry.Name, OrleansMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation())
            .WithLogging();

    private static string? Version() =>
        typeof(TelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
}
