using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

/// <summary>Serialises generated events as CloudEvents 1.0 JSON objects (events.md).</summary>
public static class EventJson
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Relaxed escaping so marks such as "A+" read as written.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, GeneratedEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString("specversion", "1.0");
        writer.WriteString("id", e.Id);
        writer.WriteString("source", e.Source);
        writer.WriteString("type", e.Type);
        writer.WriteString("time", e.Time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        writer.WriteString("datacontenttype", "application/json");
        writer.WriteStartObject("data");
        e.Student.Write(writer);
        e.Data.WriteProperties(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static string ToJson(GeneratedEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, e);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteDate(Utf8JsonWriter writer, string name, DateOnly date) =>
        writer.WriteString(name, date.ToString(DateFormat));
}
