using CradleToCareer.Host.Hosting.Telemetry;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace CradleToCareer.Host.Tests.Telemetry;

/// <summary><c>C2C:Telemetry</c> and the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>: optional, and URLs when set.</summary>
public sealed class TelemetryOptionsValidatorTests
{
    [Fact]
    public void Nothing_configured_is_valid_and_exports_nowhere()
    {
        var options = new TelemetryOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.Null(options.ParsedEndpoint());
        Assert.Equal(OtlpExportProtocol.Grpc, options.ParsedProtocol());
    }

    [Theory]
    [InlineData("http://otel-collector:4317", "grpc", OtlpExportProtocol.Grpc)]
    [InlineData("https://collector.example.gov/otlp", "http/protobuf", OtlpExportProtocol.HttpProtobuf)]
    public void An_http_or_https_endpoint_with_either_protocol_is_valid(string endpoint, string protocol, OtlpExportProtocol expected)
    {
        var options = Bound(("C2C:Telemetry:OtlpEndpoint", endpoint), ("C2C:Telemetry:OtlpProtocol", protocol));

        Assert.True(Validate(options).Succeeded);
        Assert.Equal(new Uri(endpoint), options.ParsedEndpoint());
        Assert.Equal(expected, options.ParsedProtocol());
    }

    [Theory]
    [InlineData("collector.example:4317")]
    [InlineData("ftp://collector.example")]
    [InlineData("/v1/traces")]
    public void An_endpoint_that_is_not_an_absolute_http_url_and_an_unknown_protocol_are_both_named(string endpoint)
    {
        var result = Validate(Bound(("C2C:Telemetry:OtlpEndpoint", endpoint), ("C2C:Telemetry:OtlpProtocol", "udp")));

        Assert.Equal(
            [
                "C2C:Telemetry:OtlpEndpoint must be an absolute http or https URL, such as http://otel-collector:4317.",
                "C2C:Telemetry:OtlpProtocol must be grpc or http/protobuf.",
            ],
            result.Failures!);
        Assert.DoesNotContain(result.Failures!, failure => failure.Contains(endpoint, StringComparison.Ordinal));
    }

    [Fact]
    public void The_standard_variable_is_checked_too_when_set()
    {
        var standard = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(TelemetryOptions.StandardEndpointKey, "collector:4317")])
            .Build();

        var result = new TelemetryOptionsValidator(standard).Validate(null, new TelemetryOptions());

        Assert.Equal(["OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http or https URL, such as http://otel-collector:4317."], result.Failures!);
    }

    private static TelemetryOptions Bound(params (string Key, string Value)[] values) =>
        BoundOptions.From<TelemetryOptions>(TelemetryOptions.Section, values);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(TelemetryOptions options) =>
        new TelemetryOptionsValidator(new ConfigurationBuilder().Build()).Validate(null, options);
}
