namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The two match-weight thresholds (in bits) of the Fellegi-Sunter decision rule, and the guards
/// that keep a high score from linking records the independence assumption overrates.
/// </summary>
/// <param name="Upper">From here a pair is linked, if the guards pass.</param>
/// <param name="Lower">From here a pair is reviewed.</param>
public sealed record MatchThresholds(double Upper, double Lower)
{
    /// <summary>
    /// Upper 12 bits (a likelihood ratio of 4,096), Lower 6 bits (64). With the default weights a
    /// student who moved and whose surname has a typo, but whose first name, birth date and sex
    /// agree, scores about 14 (link); two students with the same first and last name, same sex and
    /// birth year but another birth date and address score about 5 (non-match). To be calibrated
    /// against a benchmark.
    /// </summary>
    public static MatchThresholds Default { get; } = new(12, 6);

    /// <summary>
    /// <see cref="MatchClass.Link"/> when the total is at least <see cref="Upper"/> and the guards
    /// pass; <see cref="MatchClass.Review"/> when it is at least <see cref="Lower"/>, or at least
    /// <see cref="Upper"/> but a guard fails; else <see cref="MatchClass.NonMatch"/>.
    /// </summary>
    /// <remarks>
    /// The guards: a link needs the first name, the last name and the birth date not to
    /// <see cref="Agreement.Disagree"/> (missing is fine). Household members (twins, siblings, a parent
    /// with the same name) agree on surname, address, city and ZIP code together, which the model
    /// counts as independent evidence worth 20 bits or more; these fields are the ones that tell them
    /// apart. A different sex vetoes only when the first names do not agree: it catches twins with
    /// paired names (Gabriel and Gabriela) whose first names are similar enough to be Partial, while a
    /// sex miscoded on one record of a student counts as its weight. A different SSN vetoes only when
    /// the first name or the birth date does not agree; with both agreeing it counts as its weight (a
    /// mistyped SSN). An SSN that agrees lifts every guard: twins and namesakes have SSNs of their own,
    /// so the total alone decides. The last-name guard catches the other
    /// common case a benchmark showed: two students with a common first name, born the same day (or a
    /// digit apart) in the same city, whose surnames differ. A student whose surname really changed
    /// goes to review, unless first name, birth date and street address all agree: then the surname
    /// counts as its weight. A birth date that is only nearly the same (a digit off, day and month swapped)
    /// links only when the street address, the postal code or the SSN agrees too: namesakes born days
    /// apart in one town are otherwise indistinguishable from one student with a typo.
    /// </remarks>
    public MatchClass Classify(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.Total >= Upper)
        {
            return PassesGuards(score) ? MatchClass.Link : MatchClass.Review;
        }

        return score.Total >= Lower ? MatchClass.Review : MatchClass.NonMatch;
    }

    private static bool PassesGuards(MatchScore score)
    {
        if (AgreementOf(score, MatchField.Ssn) == Agreement.Agree)
        {
            return true;
        }

        var firstNameAgrees = AgreementOf(score, MatchField.FirstName) == Agreement.Agree;
        var nameAndBirthDateAgree = firstNameAgrees && AgreementOf(score, MatchField.BirthDate) == Agreement.Agree;
        var sameHome = nameAndBirthDateAgree && AgreementOf(score, MatchField.StreetAddress) == Agreement.Agree;
        foreach (var evidence in score.Fields)
        {
            if (evidence.Agreement == Agreement.Disagree && Vetoes(evidence.Field, firstNameAgrees, nameAndBirthDateAgree, sameHome))
            {
                return false;
            }
        }

        return AgreementOf(score, MatchField.BirthDate) != Agreement.Partial || BacksNearBirthDate(score);
    }

    /// <summary>
    /// Whether something beside the names backs a birth date that only nearly agrees: the street address, the postal
    /// code or the SSN agrees. Namesakes born days apart in one town look just like one student with a typo otherwise.
    /// </summary>
    public static bool BacksNearBirthDate(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return AgreementOf(score, MatchField.StreetAddress) == Agreement.Agree
            || AgreementOf(score, MatchField.PostalCode) == Agreement.Agree
            || AgreementOf(score, MatchField.Ssn) == Agreement.Agree;
    }

    private static Agreement AgreementOf(MatchScore score, MatchField field) =>
        score.Fields.FirstOrDefault(evidence => evidence.Field == field)?.Agreement ?? Agreement.Missing;

    private static bool Vetoes(MatchField field, bool firstNameAgrees, bool nameAndBirthDateAgree, bool sameHome) => field switch
    {
        MatchField.FirstName or MatchField.BirthDate => true,
        MatchField.LastName => !sameHome,
        MatchField.Sex => !firstNameAgrees,
        MatchField.Ssn => !nameAndBirthDateAgree,
        _ => false,
    };
}
