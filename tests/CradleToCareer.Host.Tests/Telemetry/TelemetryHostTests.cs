using System.Diagnostics;
using System.Globalization;
using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CradleToCareer.Host.Tests.Telemetry;

/// <summary>
/// The real host with and without an OTLP endpoint: exporting turns on only when one is configured, an endpoint that
/// refuses every connection costs no request anything, a bad one stops the start naming its key, and no span the host
/// exports says who a student is.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TelemetryHostTests(PostgresFixture postgres)
{
    private const string StandardEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    [Fact]
    public async Task With_nothing_configured_no_OpenTelemetry_provider_runs()
    {
        await using var host = await ServiceUnderTest.StartAsync(null, $"{StandardEndpoint}=");

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_standard_OTEL_endpoint_turns_exporting_on_as_the_service_own_key_does()
    {
        await using var host = await ServiceUnderTest.StartAsync(null, $"{StandardEndpoint}={ClosedEndpoint()}");

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("C2C:Telemetry:OtlpEndpoint")]
    [InlineData(StandardEndpoint)]
    public async Task An_endpoint_that_is_not_a_url_fails_the_start_naming_its_key(string key)
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => ServiceUnderTest.StartAsync(null, $"{key}=collector:4317"));

        Assert.StartsWith(key + " must be an absolute http or https URL", Assert.Single(refused.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_PostgreSQL_with_an_endpoint_that_refuses_every_connection_requests_succeed_and_no_exported_span_says_who_the_student_is()
    {
        var database = await postgres.CreateDatabaseAsync("telemetry");
        var databaseName = new NpgsqlConnectionStringBuilder(database).Database!;
        var exported = new List<Activity>();
        var metrics = new List<Metric>();
        await using var host = await ServiceUnderTest.StartAsync(
            database,
            services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)),
            $"C2C:Telemetry:OtlpEndpoint={ClosedEndpoint()}");
        var ssid = TestEvents.NewSsid();
        var ssn = $"{Random.Shared.Next(100, 600)}-{Random.Shared.Next(10, 100)}-{Random.Shared.Next(1000, 10000)}";
        var person = TestPerson.Of(ssid);

        var result = await host.Http.PostSingleAsync(TestEvents.EnrollmentOf("telemetry-" + ssid, TestEvents.Student(ssid, ssn)));
        var personId = result.PersonId();
        var profile = await host.Http.GetAsync($"/v1/students/{personId}");
        await host.Http.GetAsync($"/v1/students/{personId}/disclosures?after={ssid}");
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal("accepted", result.Status());
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var spans = Snapshot(exported, host.Anonymous.BaseAddress!.Port, databaseName);
        var read = await spans.RequestAsync("/v1/students/{personId}/");
        Assert.Null(read.GetTagItem("url.path"));
        Assert.Null(read.GetTagItem("url.query"));
        Assert.Contains(spans.Current(), span => span.Source.Name == "CradleToCareer" && span.TraceId == spans.TraceOf("/v1/events/"));
        Assert.Contains(spans.Current(), span => span.Source.Name == "Npgsql");
        string[] secrets = [personId, ssid, ssn, ssn.Replace("-", "", StringComparison.Ordinal), person.FirstName, person.LastName, person.BirthDate];
        foreach (var span in spans.Current())
        {
            foreach (var (key, value) in span.TagObjects)
            {
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                Assert.False(
                    secrets.Any(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase)),
                    $"the span {span.Source.Name} {span.DisplayName} says who the student is in {key}");
            }

            Assert.DoesNotContain(secrets, secret => span.DisplayName.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        var names = metrics.Select(metric => metric.Name).ToHashSet();
        Assert.Contains("c2c.ingest.events", names);
        Assert.Contains("c2c.disclosures", names);
        Assert.Contains(metrics, metric => metric.MeterName == "Microsoft.Orleans");
        Assert.Contains(metrics, metric => metric.MeterName == "Npgsql");
    }

    /// <summary>A loopback port nothing listens on: every export to it is refused.</summary>
    private static string ClosedEndpoint() => $"http://127.0.0.1:{FreePorts.Next()}";

    private static HostSpans Snapshot(List<Activity> exported, int port, string databaseName) => new(exported, port, databaseName);

    /// <summary>
    /// The exported spans of this test's host among those of every host in the test process: its requests (by its port)
    /// and whatever ran within them, and its database's commands.
    /// </summary>
    private sealed class HostSpans(List<Activity> exported, int port, string databaseName)
    {
        public List<Activity> Current()
        {
            List<Activity> all;
            lock (exported)
            {
                all = [.. exported];
            }

            var traces = all.Where(span => Equals(span.GetTagItem("server.port"), port)).Select(span => span.TraceId).ToHashSet();
            return [.. all.Where(span => traces.Contains(span.TraceId) || Equals(span.GetTagItem("db.namespace"), databaseName))];
        }

        public ActivityTraceId TraceOf(string route) =>
            Current().First(span => Equals(span.GetTagItem("http.route"), route)).TraceId;

        /// <summary>The server span of a request to the route, which ends just after its answer went out.</summary>
        public async Task<Activity> RequestAsync(string route)
        {
            for (var waited = 0; waited < 100; waited++)
            {
                if (Current().FirstOrDefault(span => Equals(span.GetTagItem("http.route"), route)) is { } span)
                {
                    return span;
                }

                await Task.Delay(50);
            }

            throw new TimeoutException($"No span of a request to {route} was exported within 5 s.");
        }
    }
}
