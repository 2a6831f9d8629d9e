namespace CradleToCareer.LoadTool.Identity;

/// <summary>Keying mistakes in a number such as an SSN or a postal code: one digit wrong, or two neighbouring digits transposed.</summary>
public static class DigitEdits
{
    /// <summary>Always changes one digit or swaps two different neighbouring digits; other characters (dashes) stay where they are.</summary>
    public static string Typo(Random rng, string text)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToArray();
        var swappable = Enumerable.Range(0, digits.Length - 1).Where(k => text[digits[k]] != text[digits[k + 1]]).ToArray();
        var chars = text.ToCharArray();
        if (swappable.Length > 0 && rng.Next(2) == 0)
        {
            var k = swappable[rng.Next(swappable.Length)];
            (chars[digits[k]], chars[digits[k + 1]]) = (chars[digits[k + 1]], chars[digits[k]]);
        }
        else
        {
            var at = digits[rng.Next(digits.Length)];
            chars[at] = (char)('0' + ((chars[at] - '0' + 1 + rng.Next(9)) % 10));
        }
        return new string(chars);
    }
}
