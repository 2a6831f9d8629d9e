using System.Text.Json;

namespace CradleToCareer.Domain.Events.Canonical;

/// <summary>
/// Reads the canonical stored form back into a <see cref="SourceEvent"/>, sharing texts, student blocks and
/// institutions through the pool when one is given.
/// </summary>
internal static partial class CanonicalReader
{
    public static SourceEvent Read(JsonElement root, CanonicalValuePool? pool)
    {
        var e = new CanonicalElement(root, pool);
        var type = e.Text("type");
        var data = e.Object("data");
        return new SourceEvent(
            new EventKey(e.Text("source"), e.UniqueText("id")),
            type,
            e.OptionalUniqueText("time") is { } time ? CanonicalFormat.ParseTimestamp(time) : null,
            Student(data.Object("student"), pool),
            ReadBody(type, data));
    }

    /// <summary>
    /// A student's events repeat the same block, byte for byte: with a pool, a block in a form read before is not read
    /// again.
    /// </summary>
    private static StudentBlock Student(CanonicalElement student, CanonicalValuePool? pool)
    {
        if (pool is null)
        {
            return ReadStudent(student);
        }

        var storedForm = student.StoredForm;
        return pool.KnownStudent(storedForm) ?? pool.Student(storedForm, ReadStudent(student));
    }

    private static StudentBlock ReadStudent(CanonicalElement student) => new(
        student.Array("ids").Select(id => new StudentIdentifier(id.Text("system"), id.Text("value"))).ToList(),
        student.OptionalText("firstName"),
        student.OptionalText("middleName"),
        student.OptionalText("lastName"),
        student.OptionalDate("birthDate"),
        student.OptionalText("sex"),
        student.OptionalText("streetAddress"),
        student.OptionalText("city"),
        student.OptionalText("postalCode"),
        student.OptionalText("ssnToken"));

    private static InstitutionRef Institution(CanonicalElement data) => ReadInstitution(data.Object("institution"));

    private static InstitutionRef ReadInstitution(CanonicalElement institution)
    {
        var read = new InstitutionRef(institution.Text("id"), institution.OptionalText("name"), institution.OptionalText("kind"));
        return institution.Pool?.Institution(read) ?? read;
    }

    private static JsonException Broken(string what) => new($"Not a canonical stored event: {what}.");
}
