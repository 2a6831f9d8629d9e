using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>
/// The outcomes routes' body (outcomes.md "Shape"), minified, fields in a fixed order: the institution (null for the
/// statewide figures), <c>asOf</c> in UTC with milliseconds, then each cohort with its size and metrics by id, each
/// metric's "all" cell and both breakdowns. A suppressed value is written as null, never left out.
/// </summary>
public static class OutcomesJson
{
    public static string Write(InstitutionOutcomes outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("institutionId", outcomes.InstitutionId);
            json.WriteString("asOf", outcomes.AsOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("cohorts");
            foreach (var cohort in outcomes.Cohorts)
            {
                WriteCohort(json, cohort);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteCohort(Utf8JsonWriter json, CohortOutcomes cohort)
    {
        json.WriteStartObject();
        json.WriteString("cohort", cohort.Cohort);
        WriteCount(json, "size", cohort.Size);
        json.WriteStartObject("metrics");
        foreach (var metric in cohort.Metrics)
        {
            json.WriteStartObject(metric.MetricId);
            WriteRate(json, "all", metric.All);
            WriteBreakdown(json, OutcomeBreakdowns.Sex, metric.Sex, WriteRate);
            WriteBreakdown(json, OutcomeBreakdowns.SocialServices, metric.SocialServices, WriteRate);
            json.WriteEndObject();
        }

        if (cohort.MedianWagesAfterCredential is { } median)
        {
            json.WriteStartObject(OutcomeMetrics.MedianWagesAfterCredential);
            WriteMedian(json, "all", median.All);
            WriteBreakdown(json, OutcomeBreakdowns.Sex, median.Sex, WriteMedian);
            WriteBreakdown(json, OutcomeBreakdowns.SocialServices, median.SocialServices, WriteMedian);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteBreakdown<TCell>(
        Utf8JsonWriter json, string breakdown, IReadOnlyList<NamedCell<TCell>> cells, Action<Utf8JsonWriter, string, TCell> writeCell)
    {
        json.WriteStartObject(breakdown);
        foreach (var cell in cells)
        {
            writeCell(json, cell.Name, cell.Cell);
        }

        json.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter json, string name, OutcomeCell cell)
    {
        json.WriteStartObject(name);
        WriteCount(json, "denominator", cell.Denominator);
        WriteCount(json, "numerator", cell.Numerator);
        WriteDecimal(json, "rate", cell.Rate);
        json.WriteEndObject();
    }

    private static void WriteMedian(Utf8JsonWriter json, string name, MedianCell cell)
    {
        json.WriteStartObject(name);
        WriteCount(json, "denominator", cell.Denominator);
        WriteDecimal(json, "median", cell.Median);
        json.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter json, string name, int? count)
    {
        if (count is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal? number)
    {
        if (number is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
