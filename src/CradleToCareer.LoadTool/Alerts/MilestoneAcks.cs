using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Alerts;

/// <summary>Turns an acknowledged batch (already counted by <see cref="AckingSender"/>) into the alerts it makes the service owe.</summary>
public sealed class MilestoneAcks(AlertTally tally, IngestCounts counts, IReadOnlySet<string> consentedPersons)
{
    /// <summary>
    /// The Stopwatch timestamp an alert's latency counts from, or null when the answer owes no new alert. An event
    /// accepted is durable from its answer (<paramref name="acked"/>). One answered duplicate after an earlier attempt got
    /// no answer was stored by that attempt, whose answer was lost: its latency counts from the first send, so it is
    /// never shorter than the truth. Duplicate at the first attempt means an earlier run sent it; conflict and rejected
    /// change nothing.
    /// </summary>
    public static long? Reference(string status, int attempts, long firstSent, long acked) => status switch
    {
        "accepted" => acked,
        "duplicate" when attempts > 1 => firstSent,
        _ => null,
    };

    public void Record(PlannedBatch planned, IReadOnlyList<EventResult> results, int attempts, long firstSent, long acked)
    {
        foreach (var result in results)
        {
            if (result.Id is null || !planned.MilestoneByEventId.TryGetValue(result.Id, out var milestoneId))
            {
                continue;
            }
            if (Reference(result.Status, attempts, firstSent, acked) is not { } reference)
            {
                counts.MilestoneNotOwed();
            }
            else if (result.PersonId is not { } personId || !consentedPersons.Contains(personId))
            {
                counts.MilestoneElsewhere();
            }
            else
            {
                tally.Expect(new MilestoneKey(personId, milestoneId), new ExpectedAlert(reference, attempts > 1));
            }
        }
    }
}
