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
        Assert.Contains(root, GivenNameVariants.RootsOf(variant));
    }

    [Theory]
    [InlineData("william")]
    [InlineData("guadalupe")]
    [InlineData("xochitl")]
    [InlineData("adrien")]
    public void A_root_or_an_unknown_name_is_its_own_root(string name)
    {
        Assert.Equal([name], GivenNameVariants.RootsOf(name));
    }

    [Theory]
    [InlineData("alex", new[] { "alexander", "alexandra" })]
    [InlineData("ale", new[] { "alejandra", "alejandro" })]
    [InlineData("sam", new[] { "samantha", "samuel" })]
    [InlineData("mike", new[] { "michael", "miguel" })]
    [InlineData("joe", new[] { "jose", "joseph" })]
    public void A_nickname_of_several_names_has_every_one_of_them_as_a_root(string nickname, string[] roots)
    {
        Assert.Equal(roots, GivenNameVariants.RootsOf(nickname));
    }

    [Theory]
    [InlineData("william bill", "robert bill", "bill", new[] { "robert", "william" })]
    [InlineData("roberto beto", "alberto beto", "beto", new[] { "alberto", "roberto" })]
    public void A_name_listed_in_two_groups_has_both_roots(string group, string otherGroup, string name, string[] roots)
    {
        Assert.Equal(roots, GivenNameVariants.BuildIndex([group, otherGroup])[name]);
    }

    [Fact]
    public void Every_listed_name_has_the_root_of_its_group()
    {
        foreach (var group in EnglishGivenNames.Groups.Concat(SpanishGivenNames.Groups))
        {
            var names = group.Split(' ');
            Assert.All(names, name => Assert.Contains(names[0], GivenNameVariants.RootsOf(name)));
        }
    }
}
