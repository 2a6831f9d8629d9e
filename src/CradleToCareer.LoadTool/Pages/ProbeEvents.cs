using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// The change a live probe makes to a watched student: round r of that student is the alerts command's milestone
/// trigger r (FAFSA submitted, postsecondary enrolled, graduated, Cal Grant disbursed, credential earned) while there is
/// one, then a background course. Ids carry the tag with "-p", so they never meet the setup's events.
/// </summary>
public static class ProbeEvents
{
    public static GeneratedEvent For(StudentProfile s, int round, string tag, DateOnly today, DateTime time) =>
        round < MilestoneTriggers.All.Length
            ? MilestoneTriggers.All[round].Event(s, tag + "-p", today, time)
            : StudentEvents.Background(s, round, tag + "-p", today, time);

    /// <summary>Whether round <paramref name="round"/> sends a milestone event.</summary>
    public static bool IsMilestone(int round) => round < MilestoneTriggers.All.Length;
}
