using CradleToCareer.Host.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Hosting.Telemetry;

/// <summary>
/// Every problem of <c>C2C:Telemetry</c>, and of the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, which the exporter
/// would otherwise ignore when it is not a URL and send to its own default address instead.
/// </summary>
internal sealed class TelemetryOptionsValidator(IConfiguration configuration) : IValidateOptions<TelemetryOptions>
{
    private const string Section = TelemetryOptions.Section;

    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && options.ParsedEndpoint() is null)
        {
            problems.Add($"{Section}:OtlpEndpoint must be an absolute http or https URL, such as http://otel-collector:4317.");
        }

        if (options.ParsedProtocol() is null)
        {
            problems.Add($"{Section}:OtlpProtocol must be {TelemetryOptions.Grpc} or {TelemetryOptions.HttpProtobuf}.");
        }

        if (configuration[TelemetryOptions.StandardEndpointKey] is { } standard
            && !string.IsNullOrWhiteSpace(standard) && TelemetryOptions.HttpUrl(standard) is null)
        {
            problems.Add($"{TelemetryOptions.StandardEndpointKey} must be an absolute http or https URL, such as http://otel-collector:4317.");
        }

        return ValidatedOptions.Outcome(problems);
    }
}
