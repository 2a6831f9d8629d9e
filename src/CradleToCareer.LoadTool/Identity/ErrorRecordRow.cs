namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// One record as a row of the <c>--errors-out</c> file: what its source sent, which true person it is, and what the
/// generator did to it. Missing fields show as "-".
/// </summary>
public static class ErrorRecordRow
{
    public static readonly string[] Headers =
    [
        "source", "record id", "true person", "first name", "last name", "birth date", "sex", "street", "city",
        "postal code", "SSN", "corruption",
    ];

    public static string[] Of(SourceRecord record, IReadOnlyList<TruePerson> persons)
    {
        var student = record.Student;
        return
        [
            record.Side.ToString(),
            string.Join(" ", student.Ids.Select(id => $"{id.System}/{id.Value}")),
            TruePerson(persons[record.PersonIndex]),
            OrDash(student.FirstName),
            OrDash(student.LastName),
            OrDash(student.BirthDate?.ToString("yyyy-MM-dd")),
            OrDash(student.Sex),
            OrDash(student.StreetAddress),
            OrDash(student.City),
            OrDash(student.PostalCode),
            student.Ssn is null ? "no" : "yes",
            Corruption(record.Kinds),
        ];
    }

    /// <summary>The person number; a twin or namesake also names the person it was built after (the one before).</summary>
    private static string TruePerson(TruePerson person) => person.Kinship switch
    {
        Kinship.Twin => $"{person.Index} (twin of {person.Index - 1})",
        Kinship.Namesake => $"{person.Index} (namesake of {person.Index - 1})",
        _ => $"{person.Index}",
    };

    private static string Corruption(CorruptionKinds kinds) =>
        kinds == CorruptionKinds.None
            ? "none"
            : string.Join(",", CorruptionRules.All.Where(rule => kinds.HasFlag(rule.Kind)).Select(rule => rule.Kind.ToString()));

    private static string OrDash(string? value) => string.IsNullOrEmpty(value) ? "-" : value;
}
