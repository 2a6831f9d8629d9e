using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Identity.Febrl;

namespace CradleToCareer.LoadTool.Tests.Identity.Febrl;

public sealed class FieldDifferencesTests
{
    private static readonly StudentBlock Original =
        new([], "lachlan", null, "berry", new DateOnly(1999, 2, 19), null, "69 giblin street", "bittern", "04814", "507-36-4009");

    [Fact]
    public void Equal_blocks_differ_in_nothing() =>
        Assert.Equal(FieldDifference.None, FieldDifferences.Between(Original, Original with { Ids = [new("local:x", "2")] }));

    [Fact]
    public void Exchanged_names_count_as_swapped_names_only() =>
        Assert.Equal(
            FieldDifference.SwappedNames,
            FieldDifferences.Between(Original, Original with { FirstName = "berry", LastName = "lachlan" }));

    [Fact]
    public void A_field_only_one_record_has_is_a_blank_field_not_a_disagreement() =>
        Assert.Equal(
            FieldDifference.BlankField | FieldDifference.Ssn,
            FieldDifferences.Between(Original, Original with { BirthDate = null, Ssn = "507-36-4090" }));

    [Fact]
    public void Each_differing_field_is_named()
    {
        var other = new StudentBlock([], "lachlam", null, "bery", new DateOnly(1999, 2, 18), null, "96 giblin street", "bitern", "04841", "507-36-4009");

        Assert.Equal(
            FieldDifference.GivenName | FieldDifference.Surname | FieldDifference.BirthDate | FieldDifference.Address
            | FieldDifference.Suburb | FieldDifference.Postcode,
            FieldDifferences.Between(Original, other));
    }
}
