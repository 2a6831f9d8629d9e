using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using System.Text.Json;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Application.Diagnostics;

/// <summary>What alerts record: alerts recorded and how long after the change that called for them, and webhook deliveries.</summary>
public static class AlertTelemetry
{
    private static readonly Counter<long> Recorded = ServiceTelemetry.Meter.CreateCounter<long>(
        "c2c.alerts.recorded", "{alert}", "Alerts recorded in the alert ledger by student grains after a change of the profile.");

    private static readonly Histogram<double> RecordLatency = ServiceTelemetry.Meter.CreateHistogram<double>(
        "c2c.alerts.record.latency", "ms",
        "From a student grain taking in events that changed the profile to the alerts they call for being recorded (the 20 ms pacing and the ledger's commit included).");

    private static readonly Counter<long> Deliveries = ServiceTelemetry.Meter.CreateCounter<long>(
        "c2c.webhook.deliveries", "{delivery}",
        "Webhook delivery attempts, and deliveries withheld for want of consent (tag outcome: delivered, pending, dead, gone, withheld; " +
        "tag failure: none when the receiver answered, not_sent when withheld, else why it did not answer).");

    private static readonly FrozenDictionary<WebhookFailure, string> FailureNames =
        Enum.GetValues<WebhookFailure>().ToFrozenDictionary(failure => failure, failure => JsonNamingPolicy.SnakeCaseLower.ConvertName(failure.ToString()));

    /// <summary>Alerts a change called for, recorded <paramref name="sinceChange"/> after the grain took the change in.</summary>
    public static void AlertsRecorded(int count, TimeSpan sinceChange)
    {
        if (count > 0)
        {
            Recorded.Add(count);
            RecordLatency.Record(sinceChange.TotalMilliseconds);
        }
    }

    /// <summary>An attempt, and the status the delivery has after it.</summary>
    internal static void Attempted(string status, WebhookFailure failure) =>
        Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", status), new KeyValuePair<string, object?>("failure", FailureNames[failure]));

    /// <summary>A delivery withheld, never sent: no consent covered it.</summary>
    internal static void Withheld() =>
        Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", DeliveryStatus.Withheld), new KeyValuePair<string, object?>("failure", "not_sent"));
}
