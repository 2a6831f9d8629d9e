namespace CradleToCareer.Host.Imports;

/// <summary>
/// How long an idle import worker waits before it asks the database for a job again: <see cref="First"/> after work,
/// doubling while nothing comes, up to <see cref="Longest"/>. Every silo polls, so a quiet cluster costs a query per
/// silo every half minute rather than every second; a job queued on a silo wakes that silo's worker at once
/// (<see cref="Application.Imports.ImportPulse"/>), and one queued elsewhere waits at most <see cref="Longest"/> here.
/// </summary>
public static class ImportPolling
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>The pause after an idle poll that followed <paramref name="previous"/> (null after work).</summary>
    public static TimeSpan NextIdlePause(TimeSpan? previous) =>
        previous is { } pause ? TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, Longest.Ticks)) : First;
}
