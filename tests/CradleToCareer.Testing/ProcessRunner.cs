using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CradleToCareer.Testing;

/// <summary>Runs the PostgreSQL command-line tools, as the <c>postgres</c> user when this process is root.</summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    /// <summary>PostgreSQL refuses to run as root, so its tools are started as <see cref="ServiceUser"/> then.</summary>
    public static bool IsRoot { get; } = OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    /// <summary>Runs a PostgreSQL tool (from "/", which any user may enter) and throws with its output when it fails.</summary>
    public static async Task<string> RunPostgresToolAsync(string executable, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var (fileName, fullArguments) = IsRoot
            ? ("runuser", (IReadOnlyList<string>)["-u", ServiceUser, "--", executable, .. arguments])
            : (executable, arguments);
        return await RunAsync(fileName, fullArguments, timeout, workingDirectory: "/");
    }

    /// <summary>Runs a program, returning its combined output; throws when it exits non-zero or overruns the timeout.</summary>
    public static async Task<string> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{fileName}'.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{Describe(fileName, arguments)}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        var output = (await stdout + await stderr).Trim();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{Describe(fileName, arguments)}' failed with exit code {process.ExitCode}:{Environment.NewLine}{output}");
        }

        return output;
    }

    private static string Describe(string fileName, IReadOnlyList<string> arguments) =>
        string.Join(' ', [fileName, .. arguments]);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
