using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Rules;

/// <summary>Where a person is enrolled on a given day.</summary>
public static class CurrentEnrollments
{
    /// <summary>
    /// K-12: the latest-entered enrollment whose school and year has no exit and no diploma and whose school year
    /// has not ended. Postsecondary: an enrollment in the term under way, else in the next term
    /// (several in one term: most units attempted, then institution id). When both exist the later start wins,
    /// postsecondary on a tie.
    /// </summary>
    public static CurrentEnrollment? Resolve(
        IEnumerable<K12Enrollment> k12Enrollments,
        IEnumerable<Diploma> diplomas,
        IEnumerable<PostsecondaryTermEnrollment> postsecondaryEnrollments,
        DateOnly asOf)
    {
        var k12 = CurrentK12(k12Enrollments, diplomas, asOf);
        var postsecondary = CurrentPostsecondary(postsecondaryEnrollments, asOf);

        if (k12 is not { } k)
        {
            return postsecondary?.Enrollment;
        }

        return postsecondary is { } p && p.Start >= k.Start ? p.Enrollment : k.Enrollment;
    }

    private static (CurrentEnrollment Enrollment, DateOnly Start)? CurrentK12(
        IEnumerable<K12Enrollment> enrollments, IEnumerable<Diploma> diplomas, DateOnly asOf)
    {
        var graduated = diplomas.Select(d => (d.InstitutionId, d.SchoolYear)).ToHashSet();
        var current = enrollments
            .Where(e => e is { EntryDate: not null, ExitDate: null, GradeLevel: not null }
                        && !graduated.Contains((e.InstitutionId, e.SchoolYear))
                        && SchoolYear.End(e.SchoolYear) >= asOf)
            .OrderBy(e => e.EntryDate)
            .LastOrDefault();

        return current is null
            ? null
            : (new CurrentEnrollment(CurrentEnrollment.K12Level, current.InstitutionId, current.InstitutionName, current.GradeLevel, null),
                current.EntryDate!.Value);
    }

    private static (CurrentEnrollment Enrollment, DateOnly Start)? CurrentPostsecondary(
        IEnumerable<PostsecondaryTermEnrollment> enrollments, DateOnly asOf)
    {
        var nextTerm = AcademicTerm.Containing(asOf).Next;
        var current = enrollments
            .Select(e => (Enrollment: e, Term: AcademicTerm.ParsePostsecondary(e.Term)))
            .Where(e => e.Term.End >= asOf && e.Term <= nextTerm)
            .OrderBy(e => e.Term)
            .ThenByDescending(e => e.Enrollment.UnitsAttempted)
            .ThenBy(e => e.Enrollment.InstitutionId, StringComparer.Ordinal)
            .Select(e => ((PostsecondaryTermEnrollment, AcademicTerm)?)e)
            .FirstOrDefault();

        if (current is not { } found)
        {
            return null;
        }

        var (enrollment, term) = found;
        return (new CurrentEnrollment(CurrentEnrollment.PostsecondaryLevel, enrollment.InstitutionId, enrollment.InstitutionName, null, enrollment.Term),
            term.Start);
    }
}
