using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class MarksTests
{
    [Theory]
    [InlineData("A+", 4.0)]
    [InlineData("A", 4.0)]
    [InlineData("A-", 3.7)]
    [InlineData("B+", 3.3)]
    [InlineData("B", 3.0)]
    [InlineData("B-", 2.7)]
    [InlineData("C+", 2.3)]
    [InlineData("C", 2.0)]
    [InlineData("C-", 1.7)]
    [InlineData("D+", 1.3)]
    [InlineData("D", 1.0)]
    [InlineData("D-", 0.7)]
    [InlineData("F", 0.0)]
    public void Graded_marks_carry_their_points(string mark, double points)
    {
        Assert.True(Marks.IsValid(mark));
        Assert.True(Marks.IsGraded(mark));
        Assert.Equal((decimal)points, Marks.Points(mark));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("NP")]
    [InlineData("I")]
    [InlineData("W")]
    public void Pass_no_pass_incomplete_and_withdrawn_are_valid_but_not_graded(string mark)
    {
        Assert.True(Marks.IsValid(mark));
        Assert.False(Marks.IsGraded(mark));
        Assert.Throws<ArgumentException>(() => Marks.Points(mark));
    }

    [Theory]
    [InlineData("")]
    [InlineData("E")]
    [InlineData("a")]
    [InlineData("A++")]
    [InlineData("F+")]
    [InlineData("pass")]
    public void Other_marks_are_invalid(string mark)
    {
        Assert.False(Marks.IsValid(mark));
        Assert.False(Marks.IsGraded(mark));
    }

    [Fact]
    public void All_lists_the_seventeen_marks()
    {
        Assert.Equal(17, Marks.All.Count);
        Assert.All(Marks.All, mark => Assert.True(Marks.IsValid(mark)));
    }

    [Theory]
    [InlineData("A+", true)]
    [InlineData("A", true)]
    [InlineData("A-", true)]
    [InlineData("B+", true)]
    [InlineData("B", true)]
    [InlineData("B-", true)]
    [InlineData("C+", true)]
    [InlineData("C", true)]
    [InlineData("C-", true)]
    [InlineData("P", true)]
    [InlineData("D+", false)]
    [InlineData("D", false)]
    [InlineData("D-", false)]
    [InlineData("F", false)]
    [InlineData("NP", false)]
    [InlineData("I", false)]
    [InlineData("W", false)]
    public void A_course_counts_for_ag_with_C_minus_or_better_or_P(string mark, bool counts) =>
        Assert.Equal(counts, Marks.CountsForAg(mark));

    [Theory]
    [InlineData("A+", true)]
    [InlineData("B-", true)]
    [InlineData("C-", true)]
    [InlineData("D+", false)]
    [InlineData("F", false)]
    [InlineData("P", false)]
    public void Only_A_B_and_C_marks_earn_the_honors_bonus(string mark, bool earns) =>
        Assert.Equal(earns, Marks.EarnsHonorsBonus(mark));

    [Theory]
    [InlineData("D+", true)]
    [InlineData("D", true)]
    [InlineData("D-", true)]
    [InlineData("F", true)]
    [InlineData("NP", true)]
    [InlineData("C-", false)]
    [InlineData("W", false)]
    [InlineData("I", false)]
    public void D_F_and_NP_put_ag_off_track(string mark, bool offTrack) =>
        Assert.Equal(offTrack, Marks.IsAgOffTrack(mark));
}
