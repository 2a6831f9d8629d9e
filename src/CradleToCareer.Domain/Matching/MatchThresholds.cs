namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The two match-weight thresholds (in bits) of the Fellegi-Sunter decision rule, and the guards
/// that keep a high score from linking records the independence assumption overrates.
/// </summary>
/// <param name="Upper">From here a pair is linked, if the guards pass.</param>
/// <param name="Lower">From here a pair is reviewed.</param>
/// <param name="IncompleteUpper">
/// From here an <see cref="IsIncomplete">incomplete</see> pair is linked, if the guards pass; at least
/// <paramref name="Upper"/>.
/// </param>
public sealed record MatchThresholds(double Upper, double Lower, double IncompleteUpper)
{
    /// <summary>
    /// Upper 12 bits (a likelihood ratio of 4,096), Lower 9 bits (512). With the default weights a
    /// student who moved and whose surname has a typo, but whose first name, birth date and sex
    /// agree, scores about 14 (link); two students with the same first and last name, same sex and
    /// birth year but another birth date and address score about 5 (non-match). On the benchmarks
    /// (docs/identity.md) nearly every pair scoring 6 to 9 bits was two different people (1,517 of
    /// 1,532 on the generator), so reviewing them cost stewards time for almost no link.
    /// </summary>
    /// <remarks>
    /// IncompleteUpper 20 bits. A record without a first name, a surname or a birth date leaves the
    /// fields that agree by chance to carry the link: a Ramírez born the same day in Fresno scores 20.7
    /// bits against another Ramírez on the default weights, and a Torres born that day 16. On the
    /// benchmarks every false link of an incomplete pair scored below 20, and no true one was lost on the
    /// FEBRL files (docs/identity.md).
    /// </remarks>
    public static MatchThresholds Default { get; } = new(12, 9, 20);

    /// <summary>
    /// Whether a pair is incomplete: the first name, the last name or the birth date is missing on a record, and
    /// the SSN does not agree, not even nearly. Those three fields are what tells people apart; without one of
    /// them, a surname, a birth date and a city can be shared by strangers.
    /// </summary>
    public static bool IsIncomplete(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return AgreementOf(score, MatchField.Ssn) is not (Agreement.Agree or Agreement.Partial)
            && (AgreementOf(score, MatchField.FirstName) == Agreement.Missing
                || AgreementOf(score, MatchField.LastName) == Agreement.Missing
                || AgreementOf(score, MatchField.BirthDate) == Agreement.Missing);
    }

    /// <summary>The total a pair needs to link: <see cref="IncompleteUpper"/> for an incomplete pair, else <see cref="Upper"/>.</summary>
    public double LinkThresholdFor(MatchScore score) => IsIncomplete(score) ? IncompleteUpper : Upper;

    /// <summary>
    /// What a failed guard costs a pair in the review decision, in bits: the disagreement behind it is evidence
    /// against the pair beyond its own weight (the weights take the fields as independent, and a household or a
    /// namesake agrees on the others together). On the generator benchmark nearly every pair that failed a guard
    /// below 17 bits (the review threshold plus this) was two people; queuing them cost stewards 300 items for 29
    /// true pairs out of 10,000 records (docs/identity.md).
    /// </summary>
    public const double GuardPenalty = 8;

    /// <summary>
    /// <see cref="MatchClass.Link"/> when the guards pass and the total reaches the pair's
    /// <see cref="LinkThresholdFor">link threshold</see>; <see cref="MatchClass.Review"/> when the total, less
    /// <see cref="GuardPenalty"/> if a guard fails, is at least <see cref="Lower"/>; else <see cref="MatchClass.NonMatch"/>.
    /// </summary>
    /// <remarks>
    /// The guards: a link needs the first name, the last name and the birth date not to <see
    /// cref="Agreement.Disagree"/> (missing is fine). Household members (twins, siblings, a parent with the same
    /// name) agree on surname, address, city and ZIP code together, which the model counts as independent evidence
    /// worth 20 bits or more; these fields are the ones that tell them apart. A different sex vetoes only when the
    /// first names do not agree: it catches twins with paired names (Gabriel and Gabriela) whose first names are
    /// similar enough to be Partial, while a sex miscoded on one record of a student counts as its weight. A
    /// different SSN vetoes only when the birth date does not agree or the first name disagrees outright; with the
    /// birth date agreeing and the first name equal or only mistyped it counts as its weight (an SSN mistyped or
    /// mixed up along with a typo in the name). An SSN that agrees or nearly agrees (one digit, two neighbours
    /// transposed) lifts every guard: twins and namesakes have SSNs of their own, so the total alone decides. Twins
    /// were often issued SSNs in sequence, one apart in the last digits; the comparator takes such SSNs under
    /// different first names for twins' and calls them different, so the first-name guard still holds them apart. The last-name guard catches the other common case a benchmark
    /// showed: two students with a common first name, born the same day (or a digit apart) in the same city, whose
    /// surnames differ. A student whose surname really changed goes to review, unless first name and birth date agree
    /// and the street address agrees or nearly (a typo in it): then the surname counts as its weight. A birth date
    /// that is only nearly the same (a digit off, day and month swapped) links only when the street address, the
    /// postal code or the SSN agrees too: namesakes born days apart in one town are otherwise indistinguishable from
    /// one student with a typo.
    /// </remarks>
    public MatchClass Classify(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var guardsPass = PassesGuards(score);
        if (guardsPass && score.Total >= LinkThresholdFor(score))
        {
            return MatchClass.Link;
        }

        var forReview = guardsPass ? score.Total : score.Total - GuardPenalty;
        return forReview >= Lower ? MatchClass.Review : MatchClass.NonMatch;
    }

    private static bool PassesGuards(MatchScore score)
    {
        if (AgreementOf(score, MatchField.Ssn) is Agreement.Agree or Agreement.Partial)
        {
            return true;
        }

        var firstName = AgreementOf(score, MatchField.FirstName);

        var birthDateAgrees = AgreementOf(score, MatchField.BirthDate) == Agreement.Agree;
        var context = new GuardContext(
            FirstNameAgrees: firstName == Agreement.Agree,
            NameAndBirthDateClose: firstName is Agreement.Agree or Agreement.Partial && birthDateAgrees,
            SameHome: firstName == Agreement.Agree && birthDateAgrees
                && AgreementOf(score, MatchField.StreetAddress) is Agreement.Agree or Agreement.Partial);
        foreach (var evidence in score.Fields)
        {
            if (evidence.Agreement == Agreement.Disagree && Vetoes(evidence.Field, context))
            {
                return false;
            }
        }

        return AgreementOf(score, MatchField.BirthDate) != Agreement.Partial || BacksNearBirthDate(score);
    }

    /// <summary>
    /// Whether a score may merge two persons: a new record that <see cref="Classify">links</see> to two persons merges
    /// them only if it links to each with first name, last name and birth date all present, or with the same SSN. A
    /// record missing one of them is too unspecific to prove anything (a record without a surname links to every Mateo
    /// born that day), unless it carries the person's SSN: on the FEBRL files, records without a given name or with a
    /// wrong birth date but the same SSN were what kept one person on two in some arrival orders.
    /// </summary>
    public bool Bridges(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return Classify(score) == MatchClass.Link
            && (AgreementOf(score, MatchField.Ssn) == Agreement.Agree
                || (AgreementOf(score, MatchField.FirstName) != Agreement.Missing
                    && AgreementOf(score, MatchField.LastName) != Agreement.Missing
                    && AgreementOf(score, MatchField.BirthDate) != Agreement.Missing));
    }

    /// <summary>
    /// Whether something beside the names backs a birth date that only nearly agrees: the street address, the postal
    /// code or the SSN agrees (or nearly). Namesakes born days apart in one town look just like one student with a
    /// typo otherwise.
    /// </summary>
    public static bool BacksNearBirthDate(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return AgreementOf(score, MatchField.StreetAddress) == Agreement.Agree
            || AgreementOf(score, MatchField.PostalCode) == Agreement.Agree
            || AgreementOf(score, MatchField.Ssn) is Agreement.Agree or Agreement.Partial;
    }

    private static Agreement AgreementOf(MatchScore score, MatchField field) =>
        score.Fields.FirstOrDefault(evidence => evidence.Field == field)?.Agreement ?? Agreement.Missing;

    private static bool Vetoes(MatchField field, GuardContext context) => field switch
    {
        MatchField.FirstName or MatchField.BirthDate => true,
        MatchField.LastName => !context.SameHome,
        MatchField.Sex => !context.FirstNameAgrees,
        MatchField.Ssn => !context.NameAndBirthDateClose,
        _ => false,
    };

    /// <summary>What the other fields say, which decides whether a disagreement vetoes a link.</summary>
    /// <param name="FirstNameAgrees">The first names agree (equal or one nickname).</param>
    /// <param name="NameAndBirthDateClose">The birth dates agree and the first names agree or are a typo apart.</param>
    /// <param name="SameHome">First name and birth date agree, and the street address agrees or nearly.</param>
    private readonly record struct GuardContext(bool FirstNameAgrees, bool NameAndBirthDateClose, bool SameHome);
}
