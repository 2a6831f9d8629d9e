using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class DigitEditsTests
{
    [Fact]
    public void A_typo_changes_one_digit_or_transposes_two_neighbours_and_keeps_the_dashes()
    {
        var rng = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var typo = DigitEdits.Typo(rng, "123-45-6789");

            Assert.Matches(@"\A[0-9]{3}-[0-9]{2}-[0-9]{4}\z", typo);
            var digits = Digits("123-45-6789");
            var typed = Digits(typo);
            var differing = Enumerable.Range(0, digits.Length).Where(k => digits[k] != typed[k]).ToArray();
            var transposed = differing is [var first, var second] && second == first + 1
                && digits[first] == typed[second] && digits[second] == typed[first];
            Assert.True(differing.Length == 1 || transposed, $"{typo} is neither one digit off nor a transposition");
        }
    }

    [Fact]
    public void Both_kinds_of_typo_occur()
    {
        var rng = new Random(5);
        var typos = Enumerable.Range(0, 200).Select(_ => DigitEdits.Typo(rng, "90210")).ToArray();

        Assert.Contains("92010", typos);
        Assert.Contains(typos, t => t.Zip("90210").Count(p => p.First != p.Second) == 1);
    }

    [Fact]
    public void A_number_of_one_repeated_digit_still_changes()
    {
        var rng = new Random(1);

        Assert.All(Enumerable.Range(0, 50).Select(_ => DigitEdits.Typo(rng, "11111")), typo => Assert.NotEqual("11111", typo));
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
