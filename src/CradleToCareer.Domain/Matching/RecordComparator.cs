namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Compares two fingerprints field by field into a <see cref="ComparisonPattern"/>, without
/// allocating. A field is <see cref="Agreement.Missing"/> when either record lacks it.
/// </summary>
public static class RecordComparator
{
    /// <summary>
    /// Filter Dice from which two different first names are Partial. A one-letter typo in a name of
    /// about 9 letters, or a dropped letter in one of 7, reaches it. Rhyming sibling names must not:
    /// a twin's record agrees on everything else, so a Partial first name would link twins. Mason/Jason
    /// and Jayden/Brayden have a bigram Dice of 0.67 and a filter Dice of up to 0.75 depending on the key.
    /// </summary>
    internal const double FirstNamePartialDice = 0.8;

    /// <summary>
    /// Filter Dice from which two different last names are Partial: lower than for first names, as
    /// household members share the surname anyway. A one-letter typo in a surname of 6 letters or more
    /// reaches it (Martinez/Martines 0.78, Hernandez/Hernandes 0.8 as bigram Dice); in one of 5 letters
    /// (Smith/Smyth, 0.67) only under some keys. Different surnames sharing a stem must not
    /// (Garcia/Garza, 0.62): a Partial surname is what links a student who moved.
    /// </summary>
    internal const double LastNamePartialDice = 0.7;

    /// <summary>Filter Dice from which two different street addresses are Partial (a typo, another unit).</summary>
    internal const double StreetAddressPartialDice = 0.8;

    /// <summary>The SSN near token that masks the last two digits, the only one two SSNs issued in sequence share.</summary>
    private const int SerialTailNearIndex = 7;

    /// <summary>
    /// Compares two records. Given and family names swapped between the records (first name of one
    /// equal to the last name of the other and the other way round) agree on both name fields: the
    /// same two names in the other fields are as rare as in the same fields. Swapped with a typo in one,
    /// they compare across the fields (<see cref="SwappedNames"/>).
    /// </summary>
    public static ComparisonPattern Compare(MatchFingerprint a, MatchFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (firstName, lastName) = NamesSwapped(a, b) ? (Agreement.Agree, Agreement.Agree) : Names(a, b);
        return default(ComparisonPattern)
            .With(MatchField.FirstName, firstName)
            .With(MatchField.LastName, lastName)
            .With(MatchField.BirthDate, BirthDate(a, b))
            .With(MatchField.Sex, Exact(a.Sex, b.Sex))
            .With(MatchField.StreetAddress, Graded(a.StreetAddress, b.StreetAddress, a.StreetAddressGrams, b.StreetAddressGrams, StreetAddressPartialDice))
            .With(MatchField.City, Exact(a.City, b.City))
            .With(MatchField.PostalCode, PostalCode(a, b))
            .With(MatchField.Ssn, Ssn(a, b, firstName));
    }

    private static bool NamesSwapped(MatchFingerprint a, MatchFingerprint b) =>
        a.NamePair is not null && a.NamePair == b.NamePair && a.FirstName != b.FirstName;

    /// <summary>
    /// Each name against the same field of the other record, or, when neither agrees that way and across does better
    /// on both names, against the other field: given and family names swapped with a typo in one (José García,
    /// Garrcía José).
    /// </summary>
    private static (Agreement FirstName, Agreement LastName) Names(MatchFingerprint a, MatchFingerprint b)
    {
        var straight = (FirstName(a, b), LastName(a, b));
        if (straight.Item1 == Agreement.Agree || straight.Item2 == Agreement.Agree
            || a.Swapped is not { } crossing || b.FirstName is not { } bFirst || b.LastName is not { } bLast)
        {
            return straight;
        }

        var firstAsLastEqual = crossing.FirstAsLast == bLast;
        var lastAsFirstEqual = crossing.LastAsFirst == bFirst;
        var crossed = (
            Crossed(firstAsLastEqual, lastAsFirstEqual, crossing.FirstGramsAsLast, b.LastNameGrams),
            Crossed(lastAsFirstEqual, firstAsLastEqual, crossing.LastGramsAsFirst, b.FirstNameGrams));
        return crossed.Item1 >= Agreement.Partial && crossed.Item2 >= Agreement.Partial
            && (int)crossed.Item1 + (int)crossed.Item2 > (int)straight.Item1 + (int)straight.Item2
                ? crossed
                : straight;
    }

    /// <summary>
    /// A name against the other record's other name: Agree when equal, Partial when spelled alike as surnames must be,
    /// or, when the other crossed name is equal, spelled half alike (<see cref="MisreadDice"/>): one name swapped over
    /// exactly leaves a typo or two in the other (James Sebregts, Sebretgs James; Zarran Bradshaw, Bradshaw Zarrna).
    /// </summary>
    private static Agreement Crossed(bool equal, bool otherEqual, ulong[] grams, ulong[]? otherGrams) =>
        equal ? Agreement.Agree
        : Similar(grams, otherGrams, otherEqual ? MisreadDice : LastNamePartialDice) ? Agreement.Partial
        : Agreement.Disagree;

    /// <summary>
    /// Agree on the same name or a shared nickname root (two different full names of one group, Sophia and Sofia,
    /// only Partial: see <see cref="IsFullName"/>); Partial on similar spelling or when the
    /// names (or their roots) are one edit apart past the first letter (<see cref="NameEdits"/>).
    /// </summary>
    private static Agreement FirstName(MatchFingerprint a, MatchFingerprint b)
    {
        if (a.FirstName is null || b.FirstName is null)
        {
            return Agreement.Missing;
        }

        if (a.FirstName == b.FirstName)
        {
            return Agreement.Agree;
        }

        if (NameEdits.Overlap(a.FirstNameRoots, b.FirstNameRoots))
        {
            return IsFullName(a) && IsFullName(b) ? Agreement.Partial : Agreement.Agree;
        }

        return Similar(a.FirstNameGrams, b.FirstNameGrams, FirstNamePartialDice)
            || NameEdits.Overlap(a.FirstNameEdits, b.FirstNameEdits)
            || MisspeltRelative(a, b)
            || MisspeltRelative(b, a)
            || Misread(a, b)
            ? Agreement.Partial
            : Agreement.Disagree;
    }

    /// <summary>
    /// Filter Dice from which a first name the nickname table does not know is Partial against one with the same
    /// initial: an OCR misread or two typos (Noali for Noah, Ernma for Emma, Aclrian for Adrián) keeps about half of
    /// the bigrams.
    /// </summary>
    internal const double MisreadDice = 0.5;

    /// <summary>
    /// A first name the table does not know (most likely a misspelling), spelled like the other name at
    /// <see cref="MisreadDice"/> and with the same initial. Two names the table knows never compare this way (José and
    /// Joseph), and neither do names with other initials, which is how rhyming twins differ (Jayden and Brayden).
    /// </summary>
    private static bool Misread(MatchFingerprint a, MatchFingerprint b) =>
        (a.FirstNameRelativeEdits is null || b.FirstNameRelativeEdits is null)
        && a.FirstInitial is not null && a.FirstInitial == b.FirstInitial
        && Similar(a.FirstNameGrams, b.FirstNameGrams, MisreadDice);

    /// <summary>
    /// Whether the first name is a root of the nickname table (or unknown to it), not only a short form: two different
    /// full names of one group (Alexandra and Alejandra, Anthony and Antonio) are related spellings, which two
    /// different students may well have, while a short form (Alex, Tony) stands for its full names.
    /// </summary>
    private static bool IsFullName(MatchFingerprint fingerprint) =>
        fingerprint.FirstNameRoots is { } roots && fingerprint.FirstName is { } name && Array.BinarySearch(roots, name) >= 0;

    /// <summary>
    /// A name the table does not know, one edit from some name of the other's nickname groups: "Jeo"
    /// against Mateo (whose groups hold Teo). Two known names never compare this way: José and Joseph
    /// share a nickname, not a spelling.
    /// </summary>
    private static bool MisspeltRelative(MatchFingerprint unknown, MatchFingerprint known) =>
        unknown.FirstNameRelativeEdits is null && NameEdits.Overlap(unknown.FirstNameEdits, known.FirstNameRelativeEdits);

    /// <summary>Agree on the same name; Partial on similar spelling or one edit past the first letter.</summary>
    private static Agreement LastName(MatchFingerprint a, MatchFingerprint b)
    {
        if (a.LastName is null || b.LastName is null)
        {
            return Agreement.Missing;
        }

        if (a.LastName == b.LastName)
        {
            return Agreement.Agree;
        }

        return Similar(a.LastNameGrams, b.LastNameGrams, LastNamePartialDice) || NameEdits.Overlap(a.LastNameEdits, b.LastNameEdits)
            ? Agreement.Partial
            : Agreement.Disagree;
    }

    /// <summary>Agree on the same date; Partial when day and month are swapped or exactly one digit differs.</summary>
    private static Agreement BirthDate(MatchFingerprint a, MatchFingerprint b)
    {
        if (a.BirthDate is null || b.BirthDate is null)
        {
            return Agreement.Missing;
        }

        if (a.BirthDate == b.BirthDate)
        {
            return Agreement.Agree;
        }

        var swapped = a.BirthDate == b.BirthDateSwapped || b.BirthDate == a.BirthDateSwapped;
        return swapped || DifferInOneDigit(a.BirthDateDigits, b.BirthDateDigits) ? Agreement.Partial : Agreement.Disagree;
    }

    /// <summary>
    /// Agree on the same SSN; Partial when the near tokens share one at the same index (one digit wrong, or two
    /// neighbouring digits transposed or wrong). Without near tokens on either record only Agree or Disagree.
    /// </summary>
    /// <remarks>
    /// SSNs that differ only in the last two digits are what twins were often issued (one after the other, the serial
    /// one apart); with first names that disagree they are taken for twins' and <see cref="Agreement.Disagree"/>. A
    /// difference anywhere else is no sibling's pattern, so a partial SSN is evidence of one person even under another
    /// first name (a record whose given name was replaced and its SSN mistyped).
    /// </remarks>
    private static Agreement Ssn(MatchFingerprint a, MatchFingerprint b, Agreement firstName)
    {
        if (a.Ssn is null || b.Ssn is null)
        {
            return Agreement.Missing;
        }

        if (a.Ssn == b.Ssn)
        {
            return Agreement.Agree;
        }

        return SharedNearIndex(a.SsnNear, b.SsnNear) switch
        {
            null => Agreement.Disagree,
            SerialTailNearIndex when firstName == Agreement.Disagree => Agreement.Disagree,
            _ => Agreement.Partial,
        };
    }

    /// <summary>Agree on the same 5-digit ZIP code, Partial on the same 3-digit area.</summary>
    private static Agreement PostalCode(MatchFingerprint a, MatchFingerprint b)
    {
        if (a.PostalCode is null || b.PostalCode is null)
        {
            return Agreement.Missing;
        }

        if (a.PostalCode == b.PostalCode)
        {
            return Agreement.Agree;
        }

        return a.PostalArea is not null && a.PostalArea == b.PostalArea ? Agreement.Partial : Agreement.Disagree;
    }

    private static Agreement Graded(long? a, long? b, ulong[]? aGrams, ulong[]? bGrams, double partialDice)
    {
        if (a is null || b is null)
        {
            return Agreement.Missing;
        }

        if (a == b)
        {
            return Agreement.Agree;
        }

        return Similar(aGrams, bGrams, partialDice) ? Agreement.Partial : Agreement.Disagree;
    }

    private static Agreement Exact(long? a, long? b) =>
        a is null || b is null ? Agreement.Missing : a == b ? Agreement.Agree : Agreement.Disagree;

    private static bool Similar(ulong[]? a, ulong[]? b, double threshold) =>
        a is not null && b is not null && BloomFilter.Dice(a, b) >= threshold;

    /// <summary>The lowest index at which two token arrays of one length hold the same token; null when none.</summary>
    private static int? SharedNearIndex(long[]? a, long[]? b)
    {
        if (a is null || b is null || a.Length != b.Length)
        {
            return null;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Token i masks digit i, so dates one digit apart share exactly the token of that digit.</summary>
    private static bool DifferInOneDigit(long[]? a, long[]? b)
    {
        if (a is null || b is null || a.Length != b.Length)
        {
            return false;
        }

        var shared = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                shared++;
            }
        }

        return shared == 1;
    }
}
