using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class DateEditsTests
{
    [Fact]
    public void A_year_digit_typo_changes_the_decade_or_the_last_digit_of_the_year_only()
    {
        var rng = new Random(2);
        var date = new DateOnly(2004, 3, 18);
        var typos = Enumerable.Range(0, 300).Select(_ => DateEdits.YearDigitTypo(rng, date)).ToArray();

        Assert.All(typos, typo =>
        {
            Assert.Equal((3, 18), (typo.Month, typo.Day));
            Assert.NotEqual(2004, typo.Year);
            Assert.Equal(20, typo.Year / 100);
            Assert.True(typo.Year / 10 == 200 || typo.Year % 10 == 4, $"{typo.Year} differs from 2004 in two digits");
        });
        Assert.Contains(typos, t => t.Year == 2014);
        Assert.Contains(typos, t => t.Year == 2007);
    }

    [Fact]
    public void A_year_digit_typo_of_the_29th_of_February_lands_on_a_leap_year()
    {
        var rng = new Random(4);

        Assert.All(
            Enumerable.Range(0, 100).Select(_ => DateEdits.YearDigitTypo(rng, new DateOnly(2004, 2, 29))),
            typo => Assert.True(DateTime.IsLeapYear(typo.Year) && typo.Year != 2004, typo.ToString("O")));
    }
}
