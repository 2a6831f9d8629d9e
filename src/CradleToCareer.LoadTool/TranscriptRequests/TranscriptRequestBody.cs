using System.Text.Json;
using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The JSON body of <c>POST /v1/transcript-requests</c> (exchange.md): the student block the student's own events carry,
/// a transcript of every level for admission in JSON, the requester's tracking id and, when given, the delivery URL
/// (the service then makes up the signing secret and returns it in its answer).
/// </summary>
public static class TranscriptRequestBody
{
    public const string Level = "all";
    public const string Purpose = "admission";
    public const string Format = "application/json";

    public static byte[] Json(StudentBlock student, string trackingId, Uri? deliveryUrl)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            student.Write(writer);
            writer.WriteString("level", Level);
            writer.WriteString("purpose", Purpose);
            writer.WriteString("format", Format);
            if (deliveryUrl is not null)
            {
                writer.WriteStartObject("delivery");
                writer.WriteString("url", deliveryUrl.AbsoluteUri);
                writer.WriteEndObject();
            }
            writer.WriteString("requestTrackingId", trackingId);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
