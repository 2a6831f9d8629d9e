using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CradleToCareer.Application.Diagnostics;

/// <summary>
/// The service's own telemetry: one meter and one activity source, both named <see cref="Name"/>, on which the
/// instruments of <see cref="IngestTelemetry"/>, <see cref="StudentTelemetry"/>, <see cref="DisclosureTelemetry"/> and
/// <see cref="AlertTelemetry"/> record. Nothing is measured while nothing listens (an OpenTelemetry exporter,
/// <c>dotnet-counters</c>, a test). Tag values come from small fixed sets (an outcome, a kind of decision, a scope):
/// never a person, an organization, or anything an event says.
/// </summary>
public static class ServiceTelemetry
{
    public const string Name = "CradleToCareer";

    internal static readonly Meter Meter = new(Name, Version());

    internal static readonly ActivitySource Source = new(Name, Version());

    private static string? Version() => typeof(ServiceTelemetry).Assembly.GetName().Version?.ToString();
}
