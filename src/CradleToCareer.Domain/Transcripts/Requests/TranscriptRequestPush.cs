using System.Globalization;
using System.Text.Json;

namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>
/// The webhook a requester gets when its request changes status (exchange.md, Delivered): a CloudEvents 1.0 JSON
/// object of type <c>c2c.transcript.request.updated</c>, minified, fields in a fixed order, signed and sent as these
/// exact bytes. It carries the request id, the status, the requester's tracking id and, once issued, the transcript's
/// id and link; never student data. Its id names the request and the status, which a request takes at most once, so
/// every retry of one change carries the same webhook id.
/// </summary>
public static class TranscriptRequestPush
{
    public const string Type = "c2c.transcript.request.updated";

    /// <summary>The webhook id of the push announcing <paramref name="status"/> for the request.</summary>
    public static string IdOf(string requestId, string status) => $"{requestId}-{status}";

    /// <param name="request">The request after the change.</param>
    /// <param name="change">The change announced.</param>
    /// <param name="transcriptLink">The absolute link of the issued transcript, when there is one.</param>
    public static byte[] Serialize(TranscriptRequestRecord request, StatusChange change, Uri? transcriptLink)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", Alerts.AlertEvent.SpecVersion);
            json.WriteString("id", IdOf(request.RequestId, change.Status));
            json.WriteString("source", Alerts.AlertEvent.Source);
            json.WriteString("type", Type);
            json.WriteString("time", change.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            json.WriteString("subject", request.RequestId);
            json.WriteStartObject("data");
            json.WriteString("requestId", request.RequestId);
            json.WriteString("status", change.Status);
            if (request.Request.RequestTrackingId is { } tracking)
            {
                json.WriteString("requestTrackingId", tracking);
            }

            if (request.TranscriptId is { } transcriptId && transcriptLink is not null)
            {
                json.WriteString("transcriptId", transcriptId);
                json.WriteString("transcriptUrl", transcriptLink.AbsoluteUri);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
