namespace CradleToCareer.LoadTool.Identity;

/// <summary>One kind of corruption: how likely a record of each source gets it, among the records it can apply to.</summary>
public sealed record CorruptionRule(CorruptionKinds Kind, string Label, double SourceA, double SourceB, string AppliesTo)
{
    /// <summary>The kind in kebab case ("ssn-typo"), as <c>--corruption</c> names it.</summary>
    public string Key => string.Concat(Kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    public bool Hits(Random rng, SourceSide side) => rng.NextDouble() < (side == SourceSide.A ? SourceA : SourceB);
}

/// <summary>
/// The default corruption probabilities, drawn independently per record. Source A (K-12) is the clean-ish
/// version of the person (a few typos); source B (postsecondary) is noisy. Each rule applies only where it can
/// change something; the last column says where. The kinds from OCR misreads on, and their rates, follow what the
/// FEBRL benchmark files show between an original and its duplicates (docs/identity.md, "Accuracy benchmark").
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

    public static readonly CorruptionRule NameOcr =
        new(CorruptionKinds.NameOcr, "OCR misread in a name (o/0, l/1, S/5, B/8, m/rn, d/cl)", 0, 0.02, "names with such a letter");

    public static readonly CorruptionRule NamePhonetic =
        new(CorruptionKinds.NamePhonetic, "sound-alike spelling of a name (ph/f, c/k, ie/y, double letters)", 0, 0.03, "names with such a spelling");

    public static readonly CorruptionRule NamesSwapped =
        new(CorruptionKinds.NamesSwapped, "given and family name swapped", 0, 0.03, "records with both names");

    public static readonly CorruptionRule FirstNameMissing =
        new(CorruptionKinds.FirstNameMissing, "given name missing", 0, 0.01, "all records");

    public static readonly CorruptionRule LastNameMissing =
        new(CorruptionKinds.LastNameMissing, "family name missing", 0, 0.01, "all records");

    public static readonly CorruptionRule BirthDateMissing =
        new(CorruptionKinds.BirthDateMissing, "birth date missing", 0, 0.02, "all records");

    public static readonly CorruptionRule SsnTypo =
        new(CorruptionKinds.SsnTypo, "SSN digit wrong or two neighbours transposed", 0, 0.05, "records with an SSN");

    public static readonly CorruptionRule BirthYearDigit =
        new(CorruptionKinds.BirthYearDigit, "birth-year decade or year digit wrong", 0, 0.01, "records with a birth date");

    public static readonly CorruptionRule SexMiscoded =
        new(CorruptionKinds.SexMiscoded, "sex coded differently", 0, 0.01, "records with sex");

    public static readonly CorruptionRule PostalCodeTypo =
        new(CorruptionKinds.PostalCodeTypo, "postal code digit wrong or two neighbours transposed", 0, 0.05, "records with a postal code");

    public static readonly CorruptionRule[] All =
    [
        FirstNameTypo, LastNameTypo, Nickname, AccentsDropped, DayMonthSwapped, BirthDateDigit,
        Moved, SexMissing, AddressMissing, PostalCodeMissing, CaseChanged,
        NameOcr, NamePhonetic, NamesSwapped, FirstNameMissing, LastNameMissing, BirthDateMissing,
        SsnTypo, BirthYearDigit, SexMiscoded, PostalCodeTypo,
    ];
}
