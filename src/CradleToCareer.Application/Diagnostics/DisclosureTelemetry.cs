using System.Diagnostics.Metrics;

namespace CradleToCareer.Application.Diagnostics;

/// <summary>What the disclosure gate records: every disclosure it hands to the disclosure record, by scope.</summary>
public static class DisclosureTelemetry
{
    private static readonly Counter<long> Disclosures = ServiceTelemetry.Meter.CreateCounter<long>(
        "c2c.disclosures", "{disclosure}",
        "Disclosures recorded through the disclosure gate (tag scope: what was disclosed; tag basis: consent, or portal for a student portal's reads).");

    /// <summary>A disclosure under a consent.</summary>
    internal static void Consented(string scope) =>
        Disclosures.Add(1, new KeyValuePair<string, object?>("scope", scope), new KeyValuePair<string, object?>("basis", "consent"));

    /// <summary>A student portal's read, which needs no consent.</summary>
    internal static void Portal(string scope) =>
        Disclosures.Add(1, new KeyValuePair<string, object?>("scope", scope), new KeyValuePair<string, object?>("basis", "portal"));
}
