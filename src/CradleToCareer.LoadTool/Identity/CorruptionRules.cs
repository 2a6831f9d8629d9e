namespace CradleToCareer.LoadTool.Identity;

/// <summary>One kind of corruption: how likely a record of each source gets it, among the records it can apply to.</summary>
public sealed record CorruptionRule(CorruptionKinds Kind, string Label, double SourceA, double SourceB, string AppliesTo)
{
    public bool Hits(Random rng, SourceSide side) => rng.NextDouble() < (side == SourceSide.A ? SourceA : SourceB);
}

/// <summary>
/// The documented corruption probabilities, drawn independently per record. Source A (K-12) is the clean-ish
/// version of the person (a few typos); source B (postsecondary) is noisy. Each rule applies only where it can
/// change something; the last column says where.
/// </summary>
public static class CorruptionRules
{
    public static readonly CorruptionRule FirstNameTypo =
        new(CorruptionKinds.FirstNameTypo, "first-name typo", 0.02, 0.08, "all records");

    public static readonly CorruptionRule LastNameTypo =
        new(CorruptionKinds.LastNameTypo, "last-name typo", 0.02, 0.08, "all records");

    public static readonly CorruptionRule Nickname =
        new(CorruptionKinds.Nickname, "nickname for the first name", 0, 0.08, "first names with a nickname");

    public static readonly CorruptionRule AccentsDropped =
        new(CorruptionKinds.AccentsDropped, "accents dropped from the names", 0, 0.25, "names with an accent");

    public static readonly CorruptionRule DayMonthSwapped =
        new(CorruptionKinds.DayMonthSwapped, "birth day and month swapped", 0, 0.03, "birth day <= 12 and not the month");

    public static readonly CorruptionRule BirthDateDigit =
        new(CorruptionKinds.BirthDateDigit, "one birth-date digit wrong", 0, 0.02, "all records");

    public static readonly CorruptionRule Moved =
        new(CorruptionKinds.Moved, "moved (new street, city, postal code)", 0, 0.15, "all records");

    public static readonly CorruptionRule SexMissing =
        new(CorruptionKinds.SexMissing, "sex missing", 0, 0.05, "all records");

    public static readonly CorruptionRule AddressMissing =
        new(CorruptionKinds.AddressMissing, "street and city missing", 0, 0.10, "all records");

    public static readonly CorruptionRule PostalCodeMissing =
        new(CorruptionKinds.PostalCodeMissing, "postal code missing", 0, 0.05, "all records");

    public static readonly CorruptionRule CaseChanged =
        new(CorruptionKinds.CaseChanged, "all capitals (7 in 10) or lower case", 0, 0.10, "all records");

    public static readonly CorruptionRule[] All =
    [
        FirstNameTypo, LastNameTypo, Nickname, AccentsDropped, DayMonthSwapped, BirthDateDigit,
        Moved, SexMissing, AddressMissing, PostalCodeMissing, CaseChanged,
    ];
}
