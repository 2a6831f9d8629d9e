using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public sealed class CandidateRankingTests
{
    private static readonly MatchThresholds Thresholds = new(Upper: 12, Lower: 9, IncompleteUpper: 20);

    [Fact]
    public void The_highest_total_decides_and_ties_go_to_the_lowest_person_id()
    {
        var ranked = CandidateRanking.Decide([("p_b", Complete(30)), ("p_c", Complete(10)), ("p_a", Complete(30))], Thresholds);

        Assert.Equal((MatchClass.Link, "p_a"), (ranked.Verdict, ranked.BestPersonId));
    }

    [Fact]
    public void A_link_bridges_to_every_other_person_it_links_to_with_names_and_birth_date_present_or_the_same_ssn()
    {
        var withoutSurname = Without(25, MatchField.LastName, MatchField.Ssn);
        var withoutSurnameSameSsn = Without(25, MatchField.LastName);

        var ranked = CandidateRanking.Decide(
            [("p_a", Complete(40)), ("p_a", Complete(35)), ("p_b", Complete(30)), ("p_c", withoutSurname), ("p_d", Complete(10)), ("p_e", withoutSurnameSameSsn)],
            Thresholds);

        Assert.Equal(["p_b", "p_e"], ranked.Bridged);
    }

    /// <summary>Every field agrees but the ones given, which are missing.</summary>
    private static MatchScore Without(double total, params MatchField[] missing) =>
        new(total, [.. Complete(total).Fields.Select(f => missing.Contains(f.Field) ? f with { Agreement = Agreement.Missing } : f)]);

    [Theory]
    [InlineData(10, MatchClass.Review)]
    [InlineData(5, MatchClass.NonMatch)]
    public void A_record_that_does_not_link_bridges_nothing(double total, MatchClass verdict)
    {
        var ranked = CandidateRanking.Decide([("p_a", Complete(total)), ("p_b", Complete(total - 1))], Thresholds);

        Assert.Equal((verdict, (IReadOnlyList<string>?)null), (ranked.Verdict, ranked.Bridged));
    }

    [Fact]
    public void No_candidates_is_a_new_person()
    {
        Assert.Equal(new RankedCandidates(MatchClass.NonMatch, null, null, null), CandidateRanking.Decide([], Thresholds));
    }

    private static MatchScore Complete(double total) =>
        new(total, [.. Enum.GetValues<MatchField>().Select(field => new FieldEvidence(field, Agreement.Agree, 2))]);
}
