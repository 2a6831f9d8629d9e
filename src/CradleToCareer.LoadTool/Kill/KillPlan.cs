using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Kill;

/// <summary>Kill mode: SIGKILL the host whose pid is in <paramref name="HostPidFile"/>, then start it again.</summary>
public sealed record KillPlan(TimeSpan After, string HostPidFile, string RestartCommand)
{
    public static readonly string[] OptionNames = ["kill-after", "host-pid-file", "restart-command"];

    /// <summary>
    /// The plan from <c>--kill-after</c>, <c>--host-pid-file</c> and <c>--restart-command</c> (all or none), the kill
    /// falling within a run of <paramref name="durationSeconds"/> given as <paramref name="durationOption"/>; null without them.
    /// </summary>
    public static KillPlan? From(CommandLine cli, int durationSeconds, string durationOption)
    {
        var given = OptionNames.Count(name => cli.Text(name) is not null);
        if (given == 0)
        {
            return null;
        }
        if (given < OptionNames.Length)
        {
            throw new ToolException("kill mode needs --kill-after, --host-pid-file and --restart-command together");
        }
        var after = cli.Int("kill-after", 1);
        return after < durationSeconds
            ? new KillPlan(TimeSpan.FromSeconds(after), cli.Text("host-pid-file")!, cli.Text("restart-command")!)
            : throw new ToolException($"--kill-after must be shorter than --{durationOption}");
    }
}
