using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>The host's entry point asked for help or given a command it does not know: usage, no silo.</summary>
public sealed class UsageTests
{
    private static readonly TimeSpan NoSiloWouldAnswerThisFast = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("migrate", "--help")]
    [InlineData("health", "--help")]
    public async Task Help_prints_the_commands_and_main_keys_to_stdout_and_exits_0(params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(args);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors);
        Assert.Contains("migrate", output);
        Assert.Contains("health [--url URL]", output);
        Assert.Contains("C2C:Database:MaxPoolSize                  30", output);
        Assert.Contains("README.md", output);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_to_stderr_and_exits_2()
    {
        var (exitCode, output, errors) = await RunAsync(["migrat"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("Unknown command 'migrat'.", errors);
        Assert.Contains("Usage:", errors);
    }

    [Fact]
    public async Task The_real_entry_point_answers_help_with_exit_code_0()
    {
        var (exitCode, output) = await HostProcess.RunCommandAsync(null, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
        Assert.DoesNotContain("EMBEDDED MODE", output);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ServiceHost.RunAsync(args, output, errors).WaitAsync(NoSiloWouldAnswerThisFast);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
