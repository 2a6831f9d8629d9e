using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Identity;

/// <summary>An open possible match scored again, from its stored agreements, under new weights.</summary>
public sealed class ReviewRescoringTests
{
    /// <summary>Names only similar and the birth date equal: 11.7 bits on the defaults, between the thresholds.</summary>
    internal static readonly (MatchField, Agreement)[] SimilarNamesSameBirthDate =
        [(MatchField.FirstName, Agreement.Partial), (MatchField.LastName, Agreement.Partial), (MatchField.BirthDate, Agreement.Agree)];

    /// <summary>The defaults, with a first name only similar three times as common among one person's records: 3.4 bits, not 1.4.</summary>
    internal static readonly MatchWeights TyposCommoner = new(new Dictionary<MatchField, FieldProbabilities>(MatchWeights.Default.Fields)
    {
        [MatchField.FirstName] = new(0.80, 0.16, 0.04, 0.005, 0.015, 0.98),
    });

    [Fact]
    public void A_pair_in_review_under_the_old_weights_links_under_weights_that_value_its_evidence_more()
    {
        var item = Item(SimilarNamesSameBirthDate);

        var before = ReviewRescoring.Rescore(item, MatchWeights.Default, MatchThresholds.Default)!;
        var after = ReviewRescoring.Rescore(item, TyposCommoner, MatchThresholds.Default)!;

        Assert.Equal((MatchClass.Review, 11.7), (before.Outcome, Math.Round(before.Score.Total, 1)));
        Assert.Equal((MatchClass.Link, 13.7), (after.Outcome, Math.Round(after.Score.Total, 1)));
        var expected = FellegiSunter.Score(ReviewRescoring.PatternOf(item.Evidence)!.Value, TyposCommoner);
        Assert.Equal(expected.Fields, after.Score.Fields);
    }

    [Fact]
    public void A_pair_below_the_review_threshold_is_a_non_match()
    {
        var rescore = ReviewRescoring.Rescore(Item((MatchField.FirstName, Agreement.Agree), (MatchField.BirthDate, Agreement.Partial)), MatchWeights.Default, MatchThresholds.Default);

        Assert.Equal(MatchClass.NonMatch, rescore!.Outcome);
    }

    [Fact]
    public void A_pair_that_links_with_a_name_or_the_birth_date_missing_stays_in_review_since_it_may_not_merge_persons()
    {
        var item = Item(
            (MatchField.FirstName, Agreement.Agree), (MatchField.BirthDate, Agreement.Agree), (MatchField.StreetAddress, Agreement.Agree),
            (MatchField.City, Agreement.Agree), (MatchField.PostalCode, Agreement.Agree));

        var rescore = ReviewRescoring.Rescore(item, MatchWeights.Default, MatchThresholds.Default)!;

        Assert.Equal(MatchClass.Link, MatchThresholds.Default.Classify(rescore.Score));
        Assert.Equal(MatchClass.Review, rescore.Outcome);
    }

    [Fact]
    public void A_pair_that_fails_a_guard_does_not_link_whatever_it_scores()
    {
        var item = Item(
            (MatchField.FirstName, Agreement.Disagree), (MatchField.LastName, Agreement.Agree), (MatchField.BirthDate, Agreement.Agree),
            (MatchField.StreetAddress, Agreement.Agree), (MatchField.City, Agreement.Agree), (MatchField.PostalCode, Agreement.Agree));

        Assert.Equal(MatchClass.Review, ReviewRescoring.Rescore(item, MatchWeights.Default, MatchThresholds.Default)!.Outcome);
    }

    /// <summary>
    /// Queued with a common first name (2 bits less) and a rare last name (3 bits more), the pair keeps both adjustments
    /// under new weights: the names' frequencies did not change with them.
    /// </summary>
    [Fact]
    public void A_pair_keeps_its_names_frequency_adjustments_when_rescored()
    {
        var item = Item(SimilarNamesSameBirthDate) with
        {
            Evidence =
            [
                new FieldEvidence(MatchField.FirstName, Agreement.Agree, 5.5, FrequencyBits: -2),
                new FieldEvidence(MatchField.LastName, Agreement.Agree, 10.5, FrequencyBits: 3),
                new FieldEvidence(MatchField.BirthDate, Agreement.Disagree, -6.6),
            ],
        };

        var rescore = ReviewRescoring.Rescore(item, TyposCommoner, MatchThresholds.Default)!;

        var unadjusted = FellegiSunter.Score(ReviewRescoring.PatternOf(item.Evidence)!.Value, TyposCommoner);
        Assert.Equal(unadjusted.Total + 1, rescore.Score.Total, 6);
        Assert.Equal([-2.0, 3.0, 0.0], rescore.Score.Fields.Take(3).Select(e => e.FrequencyBits));
    }

    [Fact]
    public void An_item_without_readable_evidence_or_of_another_kind_is_not_rescored()
    {
        var noEvidence = Item();
        var twice = Item((MatchField.FirstName, Agreement.Agree), (MatchField.FirstName, Agreement.Partial));
        var conflict = Item(SimilarNamesSameBirthDate) with { Kind = ReviewKinds.IdentifierConflict };

        Assert.All([noEvidence, twice, conflict], item => Assert.Null(ReviewRescoring.Rescore(item, MatchWeights.Default, MatchThresholds.Default)));
    }

    internal static ReviewItem Item(params (MatchField Field, Agreement Agreement)[] evidence) => Item("p_new", "p_old", evidence);

    /// <summary>A possible match queued with the given agreements, its weights and score as some older weights had them.</summary>
    internal static ReviewItem Item(string personId, string candidateId, params (MatchField Field, Agreement Agreement)[] evidence) =>
        new(ReviewItem.NewId(), ReviewKinds.PossibleMatch, personId, candidateId, 10,
            [.. evidence.Select(e => new FieldEvidence(e.Field, e.Agreement, 1))], [], [], DateTimeOffset.UnixEpoch);
}
