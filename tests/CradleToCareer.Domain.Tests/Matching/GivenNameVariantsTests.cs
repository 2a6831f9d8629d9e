using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class GivenNameVariantsTests
{
    [Theory]
    [InlineData("bill", "william")]
    [InlineData("liam", "william")]
    [InlineData("bobby", "robert")]
    [InlineData("peggy", "margaret")]
    [InlineData("maggie", "margaret")]
    [InlineData("kate", "katherine")]
    [InlineData("cathy", "katherine")]
    [InlineData("catherine", "katherine")]
    [InlineData("pepe", "jose")]
    [InlineData("paco", "francisco")]
    [InlineData("pancho", "francisco")]
    [InlineData("lupe", "guadalupe")]
    [InlineData("chuy", "jesus")]
    [InlineData("nacho", "ignacio")]
    public void A_known_variant_has_its_root(string variant, string root)
    {
        Assert.Equal(root, GivenNameVariants.RootOf(variant));
    }

    [Theory]
    [InlineData("william")]
    [InlineData("guadalupe")]
    [InlineData("xochitl")]
    public void A_root_or_an_unknown_name_is_its_own_root(string name)
    {
        Assert.Equal(name, GivenNameVariants.RootOf(name));
    }

    [Theory]
    [InlineData("alex")]
    [InlineData("chris")]
    [InlineData("sam")]
    public void Nicknames_of_names_of_both_sexes_are_left_out(string nickname)
    {
        Assert.Equal(nickname, GivenNameVariants.RootOf(nickname));
    }
}
