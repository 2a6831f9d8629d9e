using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Identity.Febrl;

namespace CradleToCareer.LoadTool.Tests.Identity.Febrl;

public sealed class FebrlOutcomeTests
{
    private static FebrlRecord Record(int person, bool original) =>
        new($"rec-{person}-{(original ? "org" : "dup-0")}", person, original, null, null, null, null, null, null, null, null, null);

    private static StudentBlock Student(string first, string ssn) => new([], first, null, "berry", null, null, null, null, null, ssn);

    [Fact]
    public void Counts_pairs_over_the_answered_person_ids_and_misses_by_what_differs()
    {
        // Person 1: three records; the one with another SSN landed apart. Person 2: one record, wrongly on p1.
        FebrlRecord[] records = [Record(1, true), Record(1, false), Record(1, false), Record(2, true)];
        StudentBlock[] students = [Student("ann", "500-00-0001"), Student("ann", "500-00-0001"), Student("ann", "500-00-0009"), Student("bob", "500-00-0002")];
        string?[] personIds = ["p1", "p1", "p9", "p1"];

        var outcome = FebrlOutcome.Measure(records, students, personIds);

        Assert.Equal((3L, 3L, 1L), (outcome.Counts.TruePairs, outcome.Counts.PredictedPairs, outcome.Counts.TruePositivePairs));
        Assert.Equal((2, 2), (outcome.TruePersons, outcome.PersonsAssigned));
        var ssn = outcome.Misses.Single(m => m.Label == "SSN");
        Assert.Equal((2L, 2L, 2L), (ssn.TruePairs, ssn.Missed, ssn.MissedOnlyThis));
        var same = outcome.Misses.Single(m => m.Label == "no field differs");
        Assert.Equal((1L, 0L), (same.TruePairs, same.Missed));
    }

    [Fact]
    public void A_record_that_landed_nowhere_links_to_nothing()
    {
        FebrlRecord[] records = [Record(1, true), Record(1, false)];
        StudentBlock[] students = [Student("ann", "500-00-0001"), Student("anne", "500-00-0001")];

        var outcome = FebrlOutcome.Measure(records, students, [null, null]);

        Assert.Equal(0, outcome.Counts.TruePositivePairs);
        var given = outcome.Misses.Single(m => m.Label == "given name");
        Assert.Equal((1L, 1L), (given.TruePairs, given.Missed));
    }
}
