using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Outcomes;

/// <summary>How a person enters each cohort kind of outcomes.md: the diploma that graduates them, the term and college that admit them.</summary>
public static class CohortEntries
{
    public const string StandardDiploma = "standard";

    /// <summary>
    /// The standard diploma that dates the <c>k12.graduated</c> milestone: the earliest, then (on the same day) the lowest
    /// institution id, ordinal, then the earliest school year. Null without a standard diploma.
    /// </summary>
    public static Diploma? Graduation(IEnumerable<Diploma> diplomas)
    {
        Diploma? first = null;
        foreach (var diploma in diplomas)
        {
            if (diploma.DiplomaType == StandardDiploma && (first is null || Precedes(diploma, first)))
            {
                first = diploma;
            }
        }

        return first;
    }

    /// <summary>
    /// The first postsecondary enrollment term over every college and the college of that term with the most units
    /// attempted (summed over the term's enrollments there), then the lowest institution id, ordinal. Null without
    /// any enrollment.
    /// </summary>
    public static CollegeEntry? FirstEntry(IReadOnlyCollection<PostsecondaryTermEnrollment> enrollments)
    {
        if (enrollments.Count == 0)
        {
            return null;
        }

        var terms = enrollments.Select(e => (Enrollment: e, Term: AcademicTerm.ParsePostsecondary(e.Term))).ToList();
        var first = terms.Min(t => t.Term);
        var unitsByCollege = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (enrollment, term) in terms)
        {
            if (term == first)
            {
                unitsByCollege[enrollment.InstitutionId] = unitsByCollege.GetValueOrDefault(enrollment.InstitutionId) + enrollment.UnitsAttempted;
            }
        }

        var college = unitsByCollege
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .First()
            .Key;
        return new CollegeEntry(college, first);
    }

    private static bool Precedes(Diploma diploma, Diploma other)
    {
        var byDate = diploma.Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate < 0;
        }

        var byInstitution = string.CompareOrdinal(diploma.InstitutionId, other.InstitutionId);
        return byInstitution != 0 ? byInstitution < 0 : string.CompareOrdinal(diploma.SchoolYear, other.SchoolYear) < 0;
    }
}

/// <summary>The college a person entered and the first postsecondary term, which starts the person's entrants cohort.</summary>
public sealed record CollegeEntry(string InstitutionId, AcademicTerm Term);
