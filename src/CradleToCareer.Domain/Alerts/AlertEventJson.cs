using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// The webhook body: a CloudEvents 1.0 JSON object, minified, fields in a fixed order. These exact bytes are signed
/// and sent, so a body is serialized once and kept.
/// </summary>
public static class AlertEventJson
{
    public static byte[] Serialize(AlertEvent alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        // Written into a buffer of about its own size: a writer over a stream would take a 4 KB buffer for each alert.
        var buffer = new ArrayBufferWriter<byte>(initialCapacity: 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", AlertEvent.SpecVersion);
            json.WriteString("id", alert.Id);
            json.WriteString("source", AlertEvent.Source);
            json.WriteString("type", alert.Type);
            json.WriteString("time", FormatTime(alert.Time));
            json.WriteString("datacontenttype", AlertEvent.DataContentType);
            json.WriteString("subject", alert.Subject);
            json.WriteStartObject("data");
            json.WriteString("personId", alert.PersonId);
            json.WriteString("milestoneId", alert.MilestoneId);
            json.WriteString("kind", alert.SubjectKind);
            json.WriteString("date", alert.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("progress", alert.Progress.AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>RFC 3339 in UTC with milliseconds, like the <c>asOf</c> of the progress view.</summary>
    private static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
