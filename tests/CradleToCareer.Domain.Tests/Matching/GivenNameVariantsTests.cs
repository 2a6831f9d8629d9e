using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class GivenNameVariantsTests
{
    [Theory]
    [InlineData("bill", "william")]
    [InlineData("liam", "william")]
    [InlineData("bobby", "robert")]
    [InlineData("dick", "richard")]
    [InlineData("ned", "edward")]
    [InlineData("chaz", "charles")]
    [InlineData("benji", "benjamin")]
    [InlineData("xander", "alexander")]
    [InlineData("sandro", "alexander")]
    [InlineData("alejandro", "alexander")]
    [InlineData("tono", "anthony")]
    [InlineData("stephen", "steven")]
    [InlineData("geoffrey", "jeffrey")]
    [InlineData("aidan", "aiden")]
    [InlineData("jaiden", "jayden")]
    [InlineData("muhammad", "mohammed")]
    [InlineData("peggy", "margaret")]
    [InlineData("greta", "margaret")]
    [InlineData("kate", "katherine")]
    [InlineData("kitty", "katherine")]
    [InlineData("catherine", "katherine")]
    [InlineData("libby", "elizabeth")]
    [InlineData("trish", "patricia")]
    [InlineData("tori", "victoria")]
    [InlineData("izabella", "isabella")]
    [InlineData("sofia", "sophia")]
    [InlineData("breanna", "brianna")]
    [InlineData("anna", "ana")]
    [InlineData("pepe", "jose")]
    [InlineData("paco", "francisco")]
    [InlineData("pancho", "francisco")]
    [InlineData("lupita", "guadalupe")]
    [InlineData("chucho", "jesus")]
    [InlineData("nacho", "ignacio")]
    [InlineData("quique", "enrique")]
    [InlineData("lalo", "eduardo")]
    [InlineData("manolo", "manuel")]
    [InlineData("goyo", "gregorio")]
    [InlineData("chago", "santiago")]
    [InlineData("chayo", "rosario")]
    [InlineData("meche", "mercedes")]
    [InlineData("conchita", "concepcion")]
    [InlineData("chabela", "isabel")]
    [InlineData("katalina", "catalina")]
    public void A_known_variant_has_its_root(string variant, string root)
    {
        Assert.Equal(root, GivenNameVariants.RootOf(variant));
    }

    [Theory]
    [InlineData("william")]
    [InlineData("guadalupe")]
    [InlineData("xochitl")]
    [InlineData("adrien")]
    public void A_root_or_an_unknown_name_is_its_own_root(string name)
    {
        Assert.Equal(name, GivenNameVariants.RootOf(name));
    }

    [Theory]
    [InlineData("alex")]
    [InlineData("chris")]
    [InlineData("sam")]
    [InlineData("pat")]
    [InlineData("jo")]
    [InlineData("terry")]
    [InlineData("jessie")]
    [InlineData("drew")]
    [InlineData("jackie")]
    [InlineData("beto")]
    [InlineData("bert")]
    public void Nicknames_of_names_of_both_sexes_or_of_several_names_are_left_out(string nickname)
    {
        Assert.Equal(nickname, GivenNameVariants.RootOf(nickname));
    }

    [Theory]
    [InlineData("william bill", "robert bill")]
    [InlineData("william bill", "bill billy")]
    [InlineData("roberto robertito", "alberto roberto")]
    public void A_name_under_two_roots_is_refused(string group, string otherGroup)
    {
        Assert.Throws<InvalidOperationException>(() => GivenNameVariants.BuildIndex([group, otherGroup]));
    }

    [Fact]
    public void Every_listed_name_has_the_root_of_its_group()
    {
        foreach (var group in EnglishGivenNames.Groups.Concat(SpanishGivenNames.Groups))
        {
            var names = group.Split(' ');
            Assert.All(names, name => Assert.Equal(names[0], GivenNameVariants.RootOf(name)));
        }
    }
}
