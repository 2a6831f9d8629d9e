using System.Security.Cryptography;
using System.Text;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Domain.Tests.Research;

public sealed class ResearchPseudonymsTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] OtherKey = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
    private const string Person = "p_0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_person_has_the_same_pseudonym_in_every_extract_of_a_project()
    {
        Assert.Equal(new ResearchPseudonyms(Key).For("equity-study", Person), new ResearchPseudonyms(Key).For("equity-study", Person));
    }

    [Fact]
    public void A_person_has_a_different_pseudonym_in_another_project()
    {
        var pseudonyms = new ResearchPseudonyms(Key);

        Assert.NotEqual(pseudonyms.For("equity-study", Person), pseudonyms.For("aid-study", Person));
    }

    [Fact]
    public void Two_people_in_one_project_have_different_pseudonyms()
    {
        var pseudonyms = new ResearchPseudonyms(Key);

        Assert.NotEqual(pseudonyms.For("equity-study", Person), pseudonyms.For("equity-study", "p_0123456789abcdef0123456789abcdee"));
    }

    [Fact]
    public void Another_service_key_gives_other_pseudonyms()
    {
        Assert.NotEqual(new ResearchPseudonyms(Key).For("equity-study", Person), new ResearchPseudonyms(OtherKey).For("equity-study", Person));
    }

    [Fact]
    public void A_pseudonym_is_r_and_26_lowercase_base32_characters_holding_nothing_of_the_person_id()
    {
        var pseudonym = new ResearchPseudonyms(Key).For("equity-study", Person);

        Assert.Matches("^r_[a-z2-7]{26}$", pseudonym);
        Assert.DoesNotContain("0123456789abcdef", pseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pseudonym_is_the_person_mac_under_the_projects_derived_key_its_first_130_bits_in_base32()
    {
        var projectKey = HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("research-project\nequity-study"));
        var mac = HMACSHA256.HashData(projectKey, Encoding.UTF8.GetBytes("person\n" + Person));
        var bits = string.Concat(mac.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))[..130];
        var expected = "r_" + string.Concat(Enumerable.Range(0, 26).Select(i => "abcdefghijklmnopqrstuvwxyz234567"[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));

        Assert.Equal(expected, new ResearchPseudonyms(Key).For("equity-study", Person));
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ResearchPseudonyms(new byte[31]));
    }
}
