using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class MatchThresholdsTests
{
    private static readonly MatchThresholds Thresholds = new(Upper: 12, Lower: 6, IncompleteUpper: 12);

    [Theory]
    [InlineData(12.0, MatchClass.Link)]
    [InlineData(11.99, MatchClass.Review)]
    [InlineData(6.0, MatchClass.Review)]
    [InlineData(5.99, MatchClass.NonMatch)]
    [InlineData(-20.0, MatchClass.NonMatch)]
    public void The_total_decides_when_no_guarded_field_disagrees(double total, MatchClass expected)
    {
        Assert.Equal(expected, Thresholds.Classify(Score(total, MatchField.City, Agreement.Disagree)));
    }

    [Theory]
    [InlineData(MatchField.FirstName)]
    [InlineData(MatchField.BirthDate)]
    [InlineData(MatchField.Sex)]
    [InlineData(MatchField.LastName)]
    [InlineData(MatchField.Ssn)]
    public void A_guarded_field_that_disagrees_turns_a_link_into_a_review(MatchField field)
    {
        Assert.Equal(MatchClass.Review, Thresholds.Classify(Score(40, field, Agreement.Disagree)));
        Assert.Equal(MatchClass.NonMatch, Thresholds.Classify(Score(2, field, Agreement.Disagree)));
    }

    [Theory]
    [InlineData(13.99, MatchClass.NonMatch)]
    [InlineData(14, MatchClass.Review)]
    [InlineData(9, MatchClass.NonMatch)]
    public void A_failed_guard_costs_the_pair_its_penalty_before_the_review_threshold(double total, MatchClass expected)
    {
        Assert.Equal(6 + MatchThresholds.GuardPenalty, 14);
        Assert.Equal(expected, Thresholds.Classify(Score(total, MatchField.FirstName, Agreement.Disagree)));
    }

    [Theory]
    [InlineData(MatchField.Sex, Agreement.Partial, Agreement.Agree, MatchClass.Review)]
    [InlineData(MatchField.Sex, Agreement.Agree, Agreement.Missing, MatchClass.Link)]
    [InlineData(MatchField.Ssn, Agreement.Agree, Agreement.Partial, MatchClass.Review)]
    [InlineData(MatchField.Ssn, Agreement.Disagree, Agreement.Agree, MatchClass.Review)]
    [InlineData(MatchField.Ssn, Agreement.Missing, Agreement.Agree, MatchClass.Review)]
    [InlineData(MatchField.Ssn, Agreement.Partial, Agreement.Agree, MatchClass.Link)]
    [InlineData(MatchField.Ssn, Agreement.Agree, Agreement.Agree, MatchClass.Link)]
    public void A_different_sex_or_ssn_counts_as_its_weight_only_when_the_first_name_and_birth_date_speak_for_one_person(
        MatchField field, Agreement firstName, Agreement birthDate, MatchClass expected)
    {
        var score = new MatchScore(40, [
            new FieldEvidence(MatchField.FirstName, firstName, 7),
            new FieldEvidence(MatchField.BirthDate, birthDate, 8),
            new FieldEvidence(MatchField.StreetAddress, Agreement.Agree, 8),
            new FieldEvidence(field, Agreement.Disagree, -4)]);

        Assert.Equal(expected, Thresholds.Classify(score));
    }

    [Theory]
    [InlineData(MatchField.FirstName)]
    [InlineData(MatchField.LastName)]
    [InlineData(MatchField.BirthDate)]
    [InlineData(MatchField.Sex)]
    public void An_agreeing_ssn_lifts_the_guards(MatchField field)
    {
        var score = new MatchScore(30, [new FieldEvidence(MatchField.Ssn, Agreement.Agree, 13), new FieldEvidence(field, Agreement.Disagree, -4)]);

        Assert.Equal(MatchClass.Link, Thresholds.Classify(score));
        Assert.Equal(MatchClass.Review, Thresholds.Classify(score with { Total = 11 }));
    }

    [Theory]
    [InlineData(MatchField.FirstName)]
    [InlineData(MatchField.LastName)]
    [InlineData(MatchField.BirthDate)]
    [InlineData(MatchField.Sex)]
    public void An_ssn_one_typo_away_lifts_every_guard(MatchField field)
    {
        var score = new MatchScore(30, [new FieldEvidence(MatchField.Ssn, Agreement.Partial, 12), new FieldEvidence(field, Agreement.Disagree, -4)]);

        Assert.Equal(MatchClass.Link, Thresholds.Classify(score));
        Assert.Equal(MatchClass.Review, Thresholds.Classify(score with { Total = 11 }));
    }

    [Theory]
    [InlineData(MatchField.FirstName, Agreement.Missing)]
    [InlineData(MatchField.FirstName, Agreement.Partial)]
    [InlineData(MatchField.Ssn, Agreement.Missing)]
    [InlineData(MatchField.LastName, Agreement.Partial)]
    [InlineData(MatchField.StreetAddress, Agreement.Disagree)]
    public void Other_levels_and_fields_do_not_stop_a_link(MatchField field, Agreement agreement)
    {
        Assert.Equal(MatchClass.Link, Thresholds.Classify(Score(40, field, agreement)));
    }

    [Fact]
    public void The_defaults_are_12_and_9_bits_and_20_for_an_incomplete_pair()
    {
        Assert.Equal(new MatchThresholds(12, 9, 20), MatchThresholds.Default);
    }

    [Theory]
    [InlineData(MatchField.FirstName, Agreement.Missing, 19.9, MatchClass.Review)]
    [InlineData(MatchField.LastName, Agreement.Missing, 19.9, MatchClass.Review)]
    [InlineData(MatchField.BirthDate, Agreement.Missing, 19.9, MatchClass.Review)]
    [InlineData(MatchField.BirthDate, Agreement.Missing, 20, MatchClass.Link)]
    [InlineData(MatchField.Sex, Agreement.Missing, 12, MatchClass.Link)]
    [InlineData(MatchField.StreetAddress, Agreement.Missing, 12, MatchClass.Link)]
    public void A_pair_missing_a_name_or_the_birth_date_needs_the_incomplete_link_threshold(
        MatchField field, Agreement level, double total, MatchClass expected)
    {
        var thresholds = new MatchThresholds(Upper: 12, Lower: 6, IncompleteUpper: 20);

        Assert.Equal(expected, thresholds.Classify(Complete(total, (MatchField.Ssn, Agreement.Missing), (field, level))));
    }

    [Theory]
    [InlineData(Agreement.Agree, MatchClass.Link)]
    [InlineData(Agreement.Partial, MatchClass.Link)]
    [InlineData(Agreement.Disagree, MatchClass.Review)]
    [InlineData(Agreement.Missing, MatchClass.Review)]
    public void An_agreeing_or_nearly_agreeing_ssn_completes_a_pair_missing_its_birth_date(Agreement ssn, MatchClass expected)
    {
        var thresholds = new MatchThresholds(Upper: 12, Lower: 6, IncompleteUpper: 20);
        var score = Complete(15, (MatchField.BirthDate, Agreement.Missing), (MatchField.Ssn, ssn));

        Assert.Equal(ssn != Agreement.Disagree && ssn != Agreement.Missing, !MatchThresholds.IsIncomplete(score));
        Assert.Equal(expected, thresholds.Classify(score));
    }

    [Theory]
    [InlineData(MatchField.PostalCode, Agreement.Agree, MatchClass.Link)]
    [InlineData(MatchField.StreetAddress, Agreement.Agree, MatchClass.Link)]
    [InlineData(MatchField.Ssn, Agreement.Agree, MatchClass.Link)]
    [InlineData(MatchField.Ssn, Agreement.Partial, MatchClass.Link)]
    [InlineData(MatchField.StreetAddress, Agreement.Partial, MatchClass.Review)]
    [InlineData(MatchField.City, Agreement.Agree, MatchClass.Review)]
    public void A_nearly_equal_birth_date_links_only_with_the_street_postal_code_or_ssn_agreeing(
        MatchField corroboration, Agreement level, MatchClass expected)
    {
        var score = new MatchScore(30, [
            new FieldEvidence(MatchField.FirstName, Agreement.Agree, 7),
            new FieldEvidence(MatchField.BirthDate, Agreement.Partial, 1),
            new FieldEvidence(corroboration, level, 8)]);

        Assert.Equal(expected, Thresholds.Classify(score));
    }

    [Theory]
    [InlineData(Agreement.Agree, Agreement.Agree, Agreement.Agree, 30, true)]
    [InlineData(Agreement.Partial, Agreement.Partial, Agreement.Agree, 30, true)]
    [InlineData(Agreement.Agree, Agreement.Missing, Agreement.Agree, 30, false)]
    [InlineData(Agreement.Missing, Agreement.Agree, Agreement.Agree, 30, false)]
    [InlineData(Agreement.Agree, Agreement.Agree, Agreement.Missing, 30, false)]
    [InlineData(Agreement.Agree, Agreement.Agree, Agreement.Agree, 11, false)]
    [InlineData(Agreement.Disagree, Agreement.Agree, Agreement.Agree, 30, false)]
    public void Only_a_link_with_both_names_and_the_birth_date_present_may_merge_persons(
        Agreement firstName, Agreement lastName, Agreement birthDate, double total, bool bridges)
    {
        var score = new MatchScore(total, [
            new FieldEvidence(MatchField.FirstName, firstName, 7),
            new FieldEvidence(MatchField.LastName, lastName, 7),
            new FieldEvidence(MatchField.BirthDate, birthDate, 8)]);

        Assert.Equal(bridges, Thresholds.Bridges(score));
    }

    [Theory]
    [InlineData(Agreement.Agree, true)]
    [InlineData(Agreement.Partial, false)]
    [InlineData(Agreement.Missing, false)]
    public void A_link_on_the_same_ssn_may_merge_persons_with_a_name_or_the_birth_date_missing(Agreement ssn, bool bridges)
    {
        var score = new MatchScore(30, [
            new FieldEvidence(MatchField.FirstName, Agreement.Missing, 0),
            new FieldEvidence(MatchField.LastName, Agreement.Agree, 7),
            new FieldEvidence(MatchField.BirthDate, Agreement.Disagree, -6),
            new FieldEvidence(MatchField.Ssn, ssn, 13)]);

        Assert.Equal(bridges, Thresholds.Bridges(score));
    }

    /// <summary>Every field agrees but the ones given, with the given total.</summary>
    private static MatchScore Complete(double total, params (MatchField Field, Agreement Level)[] except) =>
        new(total, [.. Enum.GetValues<MatchField>().Select(field => new FieldEvidence(
            field, except.Where(e => e.Field == field).Select(e => e.Level).DefaultIfEmpty(Agreement.Agree).First(), 2))]);

    private static MatchScore Score(double total, MatchField field, Agreement agreement) =>
        new(total, [new FieldEvidence(MatchField.LastName, Agreement.Agree, 7), new FieldEvidence(field, agreement, -3)]);
}
