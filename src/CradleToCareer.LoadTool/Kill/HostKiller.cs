using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Kill;

/// <summary>
/// Kill mode: at the planned moment, SIGKILL the process whose pid is in the pid file, start the restart command with
/// <c>bash -c</c> without waiting for it (it is to start the host in the background), and poll <c>GET /health/ready</c>
/// until it answers 200.
/// </summary>
public static class HostKiller
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan ReadyRequestTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The pid in the file, checked to be a running process; checked before the run as well as at the kill.</summary>
    public static int HostPid(string pidFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(pidFile).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"cannot read --host-pid-file {pidFile}: {e.Message}", e);
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            throw new ToolException($"--host-pid-file {pidFile} does not hold a process id: '{text}'");
        }
        try
        {
            using var process = Process.GetProcessById(pid);
        }
        catch (ArgumentException e)
        {
            throw new ToolException($"process {pid} (from {pidFile}) is not running", e);
        }
        return pid;
    }

    public static async Task RunAsync(KillPlan plan, Uri url, Outage outage, Action<string> log, CancellationToken ct)
    {
        await Task.Delay(plan.After, ct);
        var pid = HostPid(plan.HostPidFile);
        Kill(pid);
        outage.Killed(Stopwatch.GetTimestamp());
        log($"kill: SIGKILL sent to process {pid}; restarting with: {plan.RestartCommand}");
        Restart(plan.RestartCommand);
        outage.Ready(await WaitReadyAsync(url, ct));
        log($"kill: {url}health/ready answers 200 again");
    }

    private static void Kill(int pid)
    {
        try
        {
            using var host = Process.GetProcessById(pid);
            host.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
        {
            throw new ToolException($"cannot kill process {pid}: {e.Message}", e);
        }
    }

    private static void Restart(string command)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        try
        {
            using var process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new ToolException($"cannot run --restart-command with bash: {e.Message}", e);
        }
    }

    private static async Task<long> WaitReadyAsync(Uri url, CancellationToken ct)
    {
        using var health = ServiceHttp.CreateClient(url, 1, ReadyRequestTimeout);
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < ReadyTimeout)
        {
            if (await IsReadyAsync(health, ct))
            {
                return Stopwatch.GetTimestamp();
            }
            await Task.Delay(ReadyPoll, ct);
        }
        throw new ToolException($"the host did not answer {url}health/ready with 200 within {ReadyTimeout.TotalSeconds:F0} s of the restart");
    }

    private static async Task<bool> IsReadyAsync(HttpClient health, CancellationToken ct)
    {
        try
        {
            using var response = await health.GetAsync("health/ready", ct);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
