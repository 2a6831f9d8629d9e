using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts;

/// <summary>A term's credits or units and GPA (rules.md), with the cumulative ones through the end of it.</summary>
internal readonly record struct TermTotals(
    AcademicTerm Term, decimal Attempted, decimal Earned, decimal? Gpa, decimal CumulativeEarned, decimal? CumulativeGpa)
{
    /// <summary>One entry per term that has a course, in term order; every attempt counts, as in the cumulative GPA.</summary>
    public static IReadOnlyList<TermTotals> Running(IEnumerable<(AcademicTerm Term, string Mark, decimal Attempted, decimal Earned)> courses)
    {
        var totals = new List<TermTotals>();
        var before = new List<MarkedAttempt>();
        var earnedBefore = 0m;
        foreach (var term in courses.GroupBy(c => c.Term).OrderBy(g => g.Key))
        {
            var attempts = term.Select(c => new MarkedAttempt(c.Mark, c.Attempted)).ToList();
            var earned = Rules.Gpa.Earned(term.Select(c => c.Earned));
            before.AddRange(attempts);
            earnedBefore += earned;
            totals.Add(new TermTotals(
                term.Key,
                term.Sum(c => c.Attempted),
                earned,
                Rules.Gpa.Of(attempts),
                earnedBefore,
                Rules.Gpa.Of(before)));
        }

        return totals;
    }
}
