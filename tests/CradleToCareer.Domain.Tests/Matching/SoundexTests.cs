using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class SoundexTests
{
    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Ashcraft", "A261")]
    [InlineData("Tymczak", "T522")]
    [InlineData("Pfister", "P236")]
    [InlineData("Honeyman", "H555")]
    [InlineData("lee", "L000")]
    [InlineData("hernandez", "H655")]
    [InlineData("hernandes", "H655")]
    public void Codes_follow_american_soundex(string name, string expected)
    {
        Assert.Equal(expected, Soundex.Encode(name));
    }

    [Fact]
    public void An_empty_name_has_no_code()
    {
        Assert.Equal(string.Empty, Soundex.Encode(string.Empty));
    }
}
