using System.Diagnostics.Metrics;

namespace CradleToCareer.Application.Diagnostics;

/// <summary>What student grains record: each catch-up from the event log and how many events it read.</summary>
public static class StudentTelemetry
{
    private static readonly Counter<long> CatchUps = ServiceTelemetry.Meter.CreateCounter<long>(
        "c2c.student.catchups", "{catch-up}",
        "Reads of a person's events from the event log by the student grain: on activation, when a read finds the grain behind the log, after an identity change.");

    private static readonly Histogram<int> EventsRead = ServiceTelemetry.Meter.CreateHistogram<int>(
        "c2c.student.catchup.events", "{event}", "Events one catch-up read from the event log.",
        tags: null,
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });

    public static void CaughtUp(int eventsRead)
    {
        CatchUps.Add(1);
        EventsRead.Record(eventsRead);
    }
}
