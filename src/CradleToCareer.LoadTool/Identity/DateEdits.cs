using System.Globalization;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>Birth-date mistakes: day and month swapped (US versus day-first entry), or one mistyped digit of the date or the year.</summary>
public static class DateEdits
{
    private const string DigitsFormat = "yyyyMMdd";

    /// <summary>Possible only when the day could be a month and differs from the month.</summary>
    public static bool CanSwapDayAndMonth(DateOnly date) => date.Day <= 12 && date.Day != date.Month;

    public static DateOnly SwapDayAndMonth(DateOnly date) => new(date.Year, date.Day, date.Month);

    /// <summary>A valid date that differs in exactly one digit of the year's last digit, the month or the day.</summary>
    public static DateOnly OneDigitTypo(Random rng, DateOnly date) => DigitTypo(rng, date, firstPosition: 3, endPosition: 8);

    /// <summary>A valid date whose year differs in its decade or its last digit (2004 becomes 2014 or 2007).</summary>
    public static DateOnly YearDigitTypo(Random rng, DateOnly date) => DigitTypo(rng, date, firstPosition: 2, endPosition: 4);

    private static DateOnly DigitTypo(Random rng, DateOnly date, int firstPosition, int endPosition)
    {
        var digits = date.ToString(DigitsFormat, CultureInfo.InvariantCulture);
        var candidates = new List<DateOnly>();
        for (var position = firstPosition; position < endPosition; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                var text = string.Concat(digits.AsSpan(0, position), [digit], digits.AsSpan(position + 1));
                if (digit != digits[position]
                    && DateOnly.TryParseExact(text, DigitsFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var typo))
                {
                    candidates.Add(typo);
                }
            }
        }
        return candidates[rng.Next(candidates.Count)];
    }
}
