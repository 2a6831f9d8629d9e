using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class BlockingKindsTests
{
    private static readonly ComparisonPattern EveryFieldPartial = Enum.GetValues<MatchField>()
        .Aggregate(default(ComparisonPattern), (pattern, field) => pattern.With(field, Agreement.Partial));

    [Fact]
    public void A_name_year_key_leaves_out_both_names_and_the_birth_date_and_keeps_the_rest()
    {
        var masked = BlockingKinds.ForEstimation(EveryFieldPartial, BlockingKinds.ForcedFieldsMask("bk:name-year:abc"));

        MatchField[] forced = [MatchField.FirstName, MatchField.LastName, MatchField.BirthDate];
        foreach (var field in Enum.GetValues<MatchField>())
        {
            Assert.Equal(forced.Contains(field) ? Agreement.Missing : Agreement.Partial, masked[field]);
        }
    }

    [Fact]
    public void Masks_of_several_shared_keys_combine()
    {
        var mask = BlockingKinds.ForcedFieldsMask("bk:ssn:x") | BlockingKinds.ForcedFieldsMask("bk:birth:y");

        var masked = BlockingKinds.ForEstimation(EveryFieldPartial, mask);

        Assert.Equal(Agreement.Missing, masked[MatchField.Ssn]);
        Assert.Equal(Agreement.Missing, masked[MatchField.BirthDate]);
        Assert.Equal(Agreement.Partial, masked[MatchField.FirstName]);
    }

    [Theory]
    [InlineData("bk:unknown-kind:abc")]
    [InlineData("not a key")]
    public void A_key_of_no_known_kind_forces_nothing(string key)
    {
        Assert.Equal(0, BlockingKinds.ForcedFieldsMask(key));
        Assert.Equal(EveryFieldPartial, BlockingKinds.ForEstimation(EveryFieldPartial, BlockingKinds.ForcedFieldsMask(key)));
    }
}
