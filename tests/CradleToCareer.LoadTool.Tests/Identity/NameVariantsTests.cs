using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Stephanie", "Stefanie")]
    [InlineData("Katie", "Katy")]
    [InlineData("Katie", "Catie")]
    [InlineData("Allison", "Alison")]
    [InlineData("Philip", "Phillip")]
    [InlineData("Thomas", "Tomas")]
    public void A_sound_alike_spelling_is_among_the_respellings(string name, string soundAlike)
    {
        var rng = new Random(11);
        var respellings = Enumerable.Range(0, 400).Select(_ => NameVariants.SoundAlike(rng, name)).ToHashSet();

        Assert.Contains(soundAlike, respellings);
        Assert.DoesNotContain(name, respellings);
    }

    [Fact]
    public void A_name_without_a_sound_alike_spelling_is_left_to_other_kinds()
    {
        Assert.False(NameVariants.HasSoundAlike("Bo"));
        Assert.True(NameVariants.HasSoundAlike("Sofia"));
    }
}
