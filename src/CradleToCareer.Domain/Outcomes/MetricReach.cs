namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// Rate metrics prepared to judge a member against all of them in one pass over its milestones, the same judgement
/// as <see cref="OutcomeMetric.IsReachedBy"/>: metric <c>i</c> is reached when bit <c>i</c> of the mask is set.
/// </summary>
public sealed class MetricReach
{
    private readonly string[] milestoneIds;
    private readonly int[] windowDays;

    public MetricReach(IReadOnlyList<OutcomeMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count > 32)
        {
            throw new ArgumentException("At most 32 metrics fit a mask.", nameof(metrics));
        }

        milestoneIds = metrics.Select(m => m.MilestoneId).ToArray();
        windowDays = metrics.Select(m => m.WindowDays).ToArray();
    }

    /// <summary>The metrics the member reached, as bits in the order of the metrics given.</summary>
    public int ReachedMask(CohortMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var start = member.Start.DayNumber;
        var milestones = member.Milestones;
        var mask = 0;
        for (var i = 0; i < milestones.Count; i++)
        {
            var milestone = milestones[i];
            var daysAfterStart = milestone.ReachedOn.DayNumber - start;
            for (var metric = 0; metric < milestoneIds.Length; metric++)
            {
                if (daysAfterStart <= windowDays[metric] && string.Equals(milestone.Id, milestoneIds[metric], StringComparison.Ordinal))
                {
                    mask |= 1 << metric;
                }
            }
        }

        return mask;
    }
}
