using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

/// <summary>The fixed-size token counter behind name frequencies.</summary>
public sealed class CountMinSketchTests
{
    [Fact]
    public void A_token_counts_as_often_as_it_was_added_and_an_unseen_one_as_zero()
    {
        var sketch = new CountMinSketch();
        for (var i = 0; i < 3; i++)
        {
            sketch.Add(42);
        }

        sketch.Add(-7);

        Assert.Equal((3, 1, 0, 4L), (sketch.Estimate(42), sketch.Estimate(-7), sketch.Estimate(1_000_003), sketch.Total));
    }

    /// <summary>
    /// 200,000 tokens, as many as the names of a 100,000 + 100,000 load, spread like names (a few common, most rare):
    /// no estimate is below its count, and rare tokens are not made to look common.
    /// </summary>
    [Fact]
    public void Estimates_are_never_below_the_count_and_stay_close_to_it_at_the_size_of_a_large_load()
    {
        var random = new Random(11);
        var counts = new Dictionary<long, int>();
        var sketch = new CountMinSketch();
        for (var i = 0; i < 200_000; i++)
        {
            var token = i % 2 == 0 ? random.Next(300) : random.NextInt64();
            counts[token] = counts.GetValueOrDefault(token) + 1;
            sketch.Add(token);
        }

        var over = counts.Select(pair => sketch.Estimate(pair.Key) - pair.Value).ToArray();
        Assert.All(over, difference => Assert.True(difference >= 0));
        Assert.True(over.Average() < 1, $"average overcount {over.Average():F2}");
        Assert.True(over.Count(difference => difference > 10) < over.Length / 1_000, "more than one in a thousand counts is 10 too high");
    }

    [Fact]
    public void A_restored_sketch_estimates_what_the_original_did()
    {
        var original = new CountMinSketch();
        original.Add(5);
        original.Add(5);

        var restored = new CountMinSketch(original.Counters.ToArray(), original.Total);

        Assert.Equal((2, 2L), (restored.Estimate(5), restored.Total));
    }

    [Fact]
    public void Counters_of_another_size_or_negative_are_refused()
    {
        var negative = new int[CountMinSketch.Rows * CountMinSketch.Width];
        negative[3] = -1;

        Assert.Throws<ArgumentException>(() => new CountMinSketch(new int[10], 0));
        Assert.Throws<ArgumentException>(() => new CountMinSketch(negative, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountMinSketch(new int[CountMinSketch.Rows * CountMinSketch.Width], -1));
    }
}
