using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CradleToCareer.Domain.Events.Canonical;

/// <summary>Writes the canonical stored form: fixed property order, no whitespace, null optionals omitted.</summary>
internal static partial class CanonicalWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(IBufferWriter<byte> output, SourceEvent e)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("specversion", CanonicalFormat.SpecVersion);
        writer.WriteString("id", e.Key.Id);
        writer.WriteString("source", e.Key.Source);
        writer.WriteString("type", e.Type);
        if (e.Time is { } time)
        {
            writer.WriteString("time", CanonicalFormat.Timestamp(time));
        }

        writer.WriteString("datacontenttype", CanonicalFormat.DataContentType);
        writer.WriteStartObject("data");
        WriteStudent(writer, e.Student);
        WriteBody(writer, e.Body);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStudent(Utf8JsonWriter writer, StudentBlock student)
    {
        writer.WriteStartObject("student");
        writer.WriteStartArray("ids");
        foreach (var id in student.Ids)
        {
            writer.WriteStartObject();
            writer.WriteString("system", id.System);
            writer.WriteString("value", id.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteOptional(writer, "firstName", student.FirstName);
        WriteOptional(writer, "middleName", student.MiddleName);
        WriteOptional(writer, "lastName", student.LastName);
        WriteOptional(writer, "birthDate", student.BirthDate);
        WriteOptional(writer, "sex", student.Sex);
        WriteOptional(writer, "streetAddress", student.StreetAddress);
        WriteOptional(writer, "city", student.City);
        WriteOptional(writer, "postalCode", student.PostalCode);
        WriteOptional(writer, "ssnToken", student.SsnToken);
        writer.WriteEndObject();
    }

    private static void WriteInstitution(Utf8JsonWriter writer, InstitutionRef? institution)
    {
        if (institution is null)
        {
            return;
        }

        writer.WriteStartObject("institution");
        writer.WriteString("id", institution.Id);
        WriteOptional(writer, "name", institution.Name);
        WriteOptional(writer, "kind", institution.Kind);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(CanonicalFormat.Number(value), skipInputValidation: true);
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly value) =>
        writer.WriteString(name, CanonicalFormat.Date(value));

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            WriteDate(writer, name, date);
        }
    }
}
