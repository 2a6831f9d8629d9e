using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class BloomFilterTests
{
    [Fact]
    public void Dice_of_a_filter_with_itself_is_one()
    {
        ulong[] filter = [0b1011, 0, 0, 0, 0, 0, 0, 1UL << 63];

        Assert.Equal(1.0, BloomFilter.Dice(filter, filter));
    }

    [Fact]
    public void Dice_counts_shared_bits_against_all_bits()
    {
        ulong[] a = [0b0000_1111, 0, 0, 0, 0, 0, 0, 0];
        ulong[] b = [0b0011_1100, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(0.5, BloomFilter.Dice(a, b));
    }

    [Fact]
    public void Dice_of_disjoint_empty_or_differently_sized_filters_is_zero()
    {
        ulong[] a = [1, 0, 0, 0, 0, 0, 0, 0];
        ulong[] b = [2, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(0.0, BloomFilter.Dice(a, b));
        Assert.Equal(0.0, BloomFilter.Dice(new ulong[8], new ulong[8]));
        Assert.Equal(0.0, BloomFilter.Dice(a, [1, 0]));
    }

    [Fact]
    public void Adding_one_bigram_sets_exactly_its_number_of_distinct_bits()
    {
        var filter = new ulong[BloomFilter.Words];
        var mac = Enumerable.Range(7, 32).Select(i => (byte)(i * 37)).ToArray();

        BloomFilter.Add(filter, mac);

        Assert.Equal(BloomFilter.HashesPerBigram, filter.Sum(word => System.Numerics.BitOperations.PopCount(word)));
    }

    [Fact]
    public void Similar_names_have_a_high_filter_dice_and_different_names_a_low_one()
    {
        using var hasher = new MatchHasher(MatchingTestData.Key);

        var typo = BloomFilter.Dice(hasher.BigramFilter("last", "hernandez"), hasher.BigramFilter("last", "hernandes"));
        var other = BloomFilter.Dice(hasher.BigramFilter("last", "hernandez"), hasher.BigramFilter("last", "okafor"));

        Assert.InRange(typo, 0.75, 0.95);
        Assert.InRange(other, 0.0, 0.3);
    }
}
