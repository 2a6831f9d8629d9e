using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class ProbeLedgerTests
{
    [Fact]
    public void A_probe_on_a_new_person_expects_one_more_than_the_baseline()
    {
        var ledger = new ProbeLedger(20, ["p_seed"]);

        Assert.Equal(21, ledger.Expect("p_new"));
        ledger.Read(21);
        Assert.Equal(22, ledger.Expect("p_next"));
    }

    [Fact]
    public void A_probe_on_a_person_already_counted_expects_no_change()
    {
        var ledger = new ProbeLedger(20, ["p_seed"]);

        Assert.Null(ledger.Expect("p_seed"));
        Assert.Equal(21, ledger.Expect("p_new"));
        Assert.Null(ledger.Expect("p_new"));
    }

    [Fact]
    public void An_acknowledgement_without_a_person_counts_as_a_new_person()
    {
        var ledger = new ProbeLedger(30, []);

        Assert.Equal(31, ledger.Expect(null));
        Assert.Equal(31, ledger.Expect(null));
    }

    [Fact]
    public void The_baseline_follows_what_was_read_but_not_a_suppressed_size()
    {
        var ledger = new ProbeLedger(20, []);

        ledger.Read(null);
        Assert.Equal(20, ledger.Baseline);
        ledger.Read(25);
        Assert.Equal(25, ledger.Baseline);
    }

    [Theory]
    [InlineData(20, 21, false)]
    [InlineData(21, 21, true)]
    [InlineData(22, 21, true)]
    [InlineData(null, 21, false)]
    public void A_size_shows_a_probe_once_it_reaches_the_expectation(int? size, int expected, bool shows) =>
        Assert.Equal(shows, ProbeLedger.Shows(size, expected));
}
