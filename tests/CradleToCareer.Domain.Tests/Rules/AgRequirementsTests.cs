using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Rules;

public sealed class AgRequirementsTests
{
    private static IEnumerable<K12Course> AllRequirementsMet() =>
        Records.Semesters("a", 4).Concat(Records.Semesters("b", 8)).Concat(Records.Semesters("c", 6))
            .Concat(Records.Semesters("d", 4)).Concat(Records.Semesters("e", 4)).Concat(Records.Semesters("f", 2))
            .Concat(Records.Semesters("g", 2));

    [Fact]
    public void Requirements_are_a4_b8_c6_d4_e4_f2_g2()
    {
        var status = AgRequirements.Evaluate([]);

        Assert.Equal(["a", "b", "c", "d", "e", "f", "g"], status.Subjects.Keys);
        Assert.Equal([4, 8, 6, 4, 4, 2, 2], status.Subjects.Values.Select(s => s.Required));
        Assert.All(status.Subjects.Values, s => Assert.Equal(0, s.Done));
        Assert.False(status.Complete);
    }

    [Fact]
    public void Meeting_every_subject_completes_ag()
    {
        var status = AgRequirements.Evaluate(AllRequirementsMet());

        Assert.True(status.Complete);
        Assert.All(status.Subjects.Values, s => Assert.Equal(s.Required, s.Done));
    }

    [Fact]
    public void One_missing_semester_leaves_ag_incomplete()
    {
        var status = AgRequirements.Evaluate(AllRequirementsMet().Where(c => c.CourseCode != "b7"));

        Assert.False(status.Complete);
        Assert.Equal(new AgSubjectProgress(7, 8), status.Subjects["b"]);
    }

    [Theory]
    [InlineData("C-", 1)]
    [InlineData("P", 1)]
    [InlineData("D+", 0)]
    [InlineData("F", 0)]
    [InlineData("NP", 0)]
    [InlineData("I", 0)]
    [InlineData("W", 0)]
    public void A_course_counts_only_with_a_passing_mark(string mark, int done) =>
        Assert.Equal(done, AgRequirements.Evaluate([Records.Course("c", mark)]).Subjects["c"].Done);

    [Fact]
    public void Courses_without_an_ag_category_do_not_count()
    {
        var status = AgRequirements.Evaluate([Records.Course(null, "A"), Records.Course("z", "A")]);

        Assert.All(status.Subjects.Values, s => Assert.Equal(0, s.Done));
    }

    [Fact]
    public void Semesters_beyond_a_subject_requirement_overflow_into_g()
    {
        var status = AgRequirements.Evaluate(Records.Semesters("a", 6).Concat(Records.Semesters("f", 3)));

        Assert.Equal(new AgSubjectProgress(4, 4), status.Subjects["a"]);
        Assert.Equal(new AgSubjectProgress(2, 2), status.Subjects["f"]);
        Assert.Equal(new AgSubjectProgress(3, 2), status.Subjects["g"]);
    }

    [Fact]
    public void Overflow_can_meet_g_without_g_courses()
    {
        var withoutG = AllRequirementsMet().Where(c => c.AgCategory != "g").Concat(Records.Semesters("e", 6).Skip(4));

        var status = AgRequirements.Evaluate(withoutG);

        Assert.Equal(new AgSubjectProgress(2, 2), status.Subjects["g"]);
        Assert.True(status.Complete);
    }

    [Fact]
    public void Overflow_does_not_fill_another_a_to_f_subject()
    {
        var status = AgRequirements.Evaluate(Records.Semesters("c", 12));

        Assert.Equal(0, status.Subjects["d"].Done);
        Assert.Equal(6, status.Subjects["g"].Done);
    }

    [Fact]
    public void Category_letters_are_case_insensitive()
    {
        Assert.Equal("b", AgRequirements.SubjectOf("B"));
        Assert.Null(AgRequirements.SubjectOf("h"));
        Assert.Null(AgRequirements.SubjectOf(null));
    }
}
