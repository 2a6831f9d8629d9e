using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// <c>health</c>, the container's HEALTHCHECK: 0 when a real host on a real port says it is live, 1 when nothing
/// listens or the answer is not a success, 2 for arguments it does not take.
/// </summary>
public sealed class HealthCommandTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    private readonly Uri _live = new(service.Anonymous.BaseAddress!, "/health/live");

    [Fact]
    public async Task A_listening_host_that_is_live_answers_0()
    {
        var (exitCode, output, errors) = await RunAsync("health", "--url", _live.ToString());

        Assert.Equal(0, exitCode);
        Assert.Equal($"{_live}: 200\n", output);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_closed_port_answers_1()
    {
        var closed = $"http://127.0.0.1:{FreePorts.Next()}/health/live";

        var (exitCode, output, errors) = await RunAsync("health", "--url", closed);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"{closed}: ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_success_answers_1()
    {
        var missing = new Uri(service.Anonymous.BaseAddress!, "/health/nowhere");

        var (exitCode, _, errors) = await RunAsync("health", "--url", missing.ToString());

        Assert.Equal(1, exitCode);
        Assert.Equal($"{missing}: 404\n", errors);
    }

    [Theory]
    [InlineData("health", "--url", "ftp://127.0.0.1/health/live")]
    [InlineData("health", "--url", "not a url")]
    [InlineData("health", "--url")]
    [InlineData("health", "--verbose")]
    public async Task Arguments_it_does_not_take_answer_2_with_the_usage(params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("health takes only --url", errors, StringComparison.Ordinal);
        Assert.Contains("Usage:", errors);
    }

    [Fact]
    public async Task The_real_entry_point_answers_as_the_dockerfile_calls_it()
    {
        var (live, _) = await HostProcess.RunCommandAsync(null, "health", "--url", _live.ToString());
        var (closed, _) = await HostProcess.RunCommandAsync(null, "health", "--url", $"http://127.0.0.1:{FreePorts.Next()}/health/live");

        Assert.Equal((0, 1), (live, closed));
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ServiceHost.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
