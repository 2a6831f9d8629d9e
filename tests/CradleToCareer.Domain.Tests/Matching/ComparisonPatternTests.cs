using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class ComparisonPatternTests
{
    [Fact]
    public void The_default_pattern_has_every_field_missing()
    {
        var pattern = default(ComparisonPattern);

        foreach (var field in Enum.GetValues<MatchField>())
        {
            Assert.Equal(Agreement.Missing, pattern[field]);
        }
    }

    [Fact]
    public void Each_field_has_two_bits_at_twice_its_index()
    {
        var pattern = default(ComparisonPattern)
            .With(MatchField.FirstName, Agreement.Agree)
            .With(MatchField.LastName, Agreement.Partial)
            .With(MatchField.Ssn, Agreement.Disagree);

        Assert.Equal(0b01_00_00_00_00_00_10_11, pattern.Code);
    }

    [Fact]
    public void With_replaces_one_field_and_keeps_the_others()
    {
        var pattern = default(ComparisonPattern)
            .With(MatchField.BirthDate, Agreement.Agree)
            .With(MatchField.City, Agreement.Disagree)
            .With(MatchField.BirthDate, Agreement.Partial);

        Assert.Equal(Agreement.Partial, pattern[MatchField.BirthDate]);
        Assert.Equal(Agreement.Disagree, pattern[MatchField.City]);
        Assert.Equal(Agreement.Missing, pattern[MatchField.Sex]);
    }

    [Fact]
    public void Every_field_holds_every_level()
    {
        foreach (var field in Enum.GetValues<MatchField>())
        {
            foreach (var level in Enum.GetValues<Agreement>())
            {
                var pattern = new ComparisonPattern(0xFFFF).With(field, level);

                Assert.Equal(level, pattern[field]);
            }
        }
    }

    [Fact]
    public void Patterns_with_the_same_levels_are_equal_dictionary_keys()
    {
        var counts = new Dictionary<ComparisonPattern, long>
        {
            [default(ComparisonPattern).With(MatchField.Sex, Agreement.Agree)] = 1,
        };

        counts[default(ComparisonPattern).With(MatchField.Sex, Agreement.Agree)] += 1;

        Assert.Equal(2, Assert.Single(counts).Value);
    }

    [Fact]
    public void ToString_names_every_field_and_level()
    {
        var pattern = default(ComparisonPattern)
            .With(MatchField.FirstName, Agreement.Agree)
            .With(MatchField.LastName, Agreement.Partial)
            .With(MatchField.BirthDate, Agreement.Disagree);

        Assert.Equal(
            "FirstName=Agree,LastName=Partial,BirthDate=Disagree,Sex=Missing,StreetAddress=Missing,City=Missing,PostalCode=Missing,Ssn=Missing",
            pattern.ToString());
    }

    [Fact]
    public void Undefined_fields_and_levels_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ComparisonPattern)[(MatchField)8]);
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ComparisonPattern).With((MatchField)(-1), Agreement.Agree));
        Assert.Throws<ArgumentOutOfRangeException>(() => default(ComparisonPattern).With(MatchField.Sex, (Agreement)4));
    }
}
