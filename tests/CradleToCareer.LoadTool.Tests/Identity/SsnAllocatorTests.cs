using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class SsnAllocatorTests
{
    [Fact]
    public void Every_person_gets_a_different_ssn_with_an_even_serial()
    {
        var allocator = new SsnAllocator(seed: 3);

        var ssns = Enumerable.Range(0, 20_000).Select(allocator.For).ToList();

        Assert.Equal(ssns.Count, ssns.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ssns, ssn => Assert.Matches(@"^\d{3}-\d{2}-\d{3}[02468]$", ssn));
        Assert.DoesNotContain(ssns, ssn => ssn.StartsWith("000", StringComparison.Ordinal) || ssn.StartsWith("666", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("123-45-6788", "123-45-6789")]
    [InlineData("899-99-9998", "899-99-9999")]
    [InlineData("001-01-0002", "001-01-0003")]
    public void The_next_in_sequence_is_the_serial_plus_one(string ssn, string next)
    {
        Assert.Equal(next, SsnAllocator.NextInSequence(ssn));
    }
}
