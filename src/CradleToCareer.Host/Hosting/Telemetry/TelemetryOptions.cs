using OpenTelemetry.Exporter;

namespace CradleToCareer.Host.Hosting.Telemetry;

/// <summary>
/// Where the service sends its traces, metrics and logs (<c>C2C:Telemetry</c>): over OTLP to <see cref="OtlpEndpoint"/>,
/// else to the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; with neither, nowhere, and no exporter runs.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "C2C:Telemetry";

    /// <summary>The standard OpenTelemetry variable, honoured when <see cref="OtlpEndpoint"/> is not set.</summary>
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string Grpc = "grpc";

    public const string HttpProtobuf = "http/protobuf";

    /// <summary>The collector's address: an absolute http or https URL, or unset.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How to speak to <see cref="OtlpEndpoint"/>: <see cref="Grpc"/> (the default) or <see cref="HttpProtobuf"/>.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>The configured endpoint, or null when it is unset or not an absolute http or https URL.</summary>
    public Uri? ParsedEndpoint() => HttpUrl(OtlpEndpoint);

    /// <summary>The configured protocol, or null when it is neither of the two.</summary>
    public OtlpExportProtocol? ParsedProtocol() => OtlpProtocol switch
    {
        null or "" or Grpc => OtlpExportProtocol.Grpc,
        HttpProtobuf => OtlpExportProtocol.HttpProtobuf,
        _ => null,
    };

    /// <summary>An absolute http or https URL, or null for anything else (an unset value too).</summary>
    public static Uri? HttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
}
