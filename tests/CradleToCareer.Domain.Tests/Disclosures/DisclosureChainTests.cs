using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Domain.Tests.Disclosures;

public sealed class DisclosureChainTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_chain_built_entry_by_entry_verifies()
    {
        Assert.Equal(new ChainVerification(true, null), DisclosureChain.Verify(Chain(4)));
    }

    [Fact]
    public void An_empty_record_verifies()
    {
        Assert.True(DisclosureChain.Verify([]).Valid);
    }

    [Fact]
    public void A_changed_field_breaks_the_chain_at_that_entry()
    {
        var chain = Chain(4).ToList();
        chain[2] = chain[2] with { Disclosure = chain[2].Disclosure with { Purpose = "marketing" } };

        Assert.Equal(new ChainVerification(false, 3), DisclosureChain.Verify(chain));
    }

    [Fact]
    public void A_removed_entry_breaks_the_chain_where_it_was()
    {
        var chain = Chain(4).ToList();
        chain.RemoveAt(1);

        Assert.Equal(new ChainVerification(false, 2), DisclosureChain.Verify(chain));
    }

    [Fact]
    public void A_rehashed_entry_still_breaks_the_next_link()
    {
        var chain = Chain(3).ToList();
        var forged = chain[1].Disclosure with { OrganizationId = "someone-else" };
        chain[1] = chain[1] with { Disclosure = forged, Hash = DisclosureChain.Hash(chain[1].PreviousHash, 2, forged) };

        Assert.Equal(new ChainVerification(false, 3), DisclosureChain.Verify(chain));
    }

    [Fact]
    public void Sub_microsecond_time_does_not_change_the_hash()
    {
        var disclosure = Entry(1);

        Assert.Equal(
            DisclosureChain.Hash(DisclosureChain.Genesis, 1, disclosure),
            DisclosureChain.Hash(DisclosureChain.Genesis, 1, disclosure with { DisclosedAt = disclosure.DisclosedAt.AddTicks(3) }));
    }

    private static IReadOnlyList<RecordedDisclosure> Chain(int length)
    {
        var entries = new List<RecordedDisclosure>();
        var previous = DisclosureChain.Genesis;
        for (var number = 1; number <= length; number++)
        {
            var disclosure = Entry(number);
            var hash = DisclosureChain.Hash(previous, number, disclosure);
            entries.Add(new RecordedDisclosure(disclosure, number, previous, hash));
            previous = hash;
        }

        return entries;
    }

    private static Disclosure Entry(int number) =>
        new("p_1", "c_college", "college-org", "identity", "c_consent", "admissions", At.AddMinutes(number));
}
