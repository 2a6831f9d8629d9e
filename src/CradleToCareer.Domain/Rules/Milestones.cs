using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Rules;

/// <summary>
/// The milestones of rules.md, each reached at most once, dated from the records alone
/// (never arrival order or the clock).
/// </summary>
public static class Milestones
{
    public const decimal UnitsMilestone = 30m;

    private static readonly string[] AidApplications = ["fafsa", "cadaa"];
    private static readonly string[] CalGrantPrograms = ["cal-grant-a", "cal-grant-b", "cal-grant-c"];

    /// <summary>Every reached milestone, ordered by date, then id.</summary>
    public static IReadOnlyList<ReachedMilestone> Reached(
        K12Section k12,
        PostsecondarySection postsecondary,
        FinaidSection finaid,
        WorkforceSection workforce,
        IReadOnlyList<KnownInstitution> institutions)
    {
        var candidates = new (string Id, DateOnly? Date)[]
        {
            (MilestoneIds.AgComplete, AgComplete(k12.Courses)),
            (MilestoneIds.Graduated, Graduated(k12.Diplomas)),
            (MilestoneIds.AidApplicationSubmitted, AidApplicationSubmitted(finaid.Applications)),
            (MilestoneIds.CalGrantDisbursed, CalGrantDisbursed(finaid.Disbursements)),
            (MilestoneIds.PostsecondaryEnrolled, PostsecondaryEnrolled(postsecondary.Enrollments)),
            (MilestoneIds.ThirtyUnits, ThirtyUnits(postsecondary.Courses)),
            (MilestoneIds.Transferred, Transferred(postsecondary.Enrollments, postsecondary.Courses, institutions)),
            (MilestoneIds.CredentialEarned, CredentialEarned(postsecondary.Awards)),
            (MilestoneIds.EmployedAfterCredential, EmployedAfterCredential(postsecondary.Awards, workforce.Wages)),
        };

        return candidates
            .Where(c => c.Date is not null)
            .Select(c => new ReachedMilestone(c.Id, c.Date!.Value))
            .OrderBy(m => m.ReachedOn)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Walking K-12 terms in order: the end date of the term in which a-g first became complete.</summary>
    public static DateOnly? AgComplete(IEnumerable<K12Course> courses)
    {
        var counted = new List<K12Course>();
        foreach (var term in courses.GroupBy(c => AcademicTerm.ParseK12(c.SchoolYear, c.Term)).OrderBy(g => g.Key))
        {
            counted.AddRange(term);
            if (AgRequirements.Evaluate(counted).Complete)
            {
                return term.Key.End;
            }
        }

        return null;
    }

    /// <summary>The earliest standard diploma.</summary>
    public static DateOnly? Graduated(IEnumerable<Diploma> diplomas) =>
        Earliest(diplomas.Where(d => d.DiplomaType == "standard").Select(d => d.Date));

    /// <summary>The earliest FAFSA or CADAA submission.</summary>
    public static DateOnly? AidApplicationSubmitted(IEnumerable<AidApplication> applications) =>
        Earliest(applications.Where(a => AidApplications.Contains(a.Application, StringComparer.Ordinal)).Select(a => a.SubmittedDate));

    /// <summary>The earliest Cal Grant A, B or C disbursement.</summary>
    public static DateOnly? CalGrantDisbursed(IEnumerable<AidDisbursement> disbursements) =>
        Earliest(disbursements.Where(d => CalGrantPrograms.Contains(d.Program, StringComparer.Ordinal)).Select(d => d.DisbursedDate));

    /// <summary>The start date of the earliest postsecondary enrollment term.</summary>
    public static DateOnly? PostsecondaryEnrolled(IEnumerable<PostsecondaryTermEnrollment> enrollments) =>
        Earliest(enrollments.Select(e => AcademicTerm.ParsePostsecondary(e.Term).Start));

    /// <summary>Walking postsecondary terms in order: the end date of the term in which cumulative units earned reach 30.</summary>
    public static DateOnly? ThirtyUnits(IEnumerable<PostsecondaryCourse> courses)
    {
        var earned = 0m;
        foreach (var term in courses.GroupBy(c => AcademicTerm.ParsePostsecondary(c.Term)).OrderBy(g => g.Key))
        {
            earned += term.Sum(c => c.UnitsEarned);
            if (earned >= UnitsMilestone)
            {
                return term.Key.End;
            }
        }

        return null;
    }

    /// <summary>
    /// The start date of the first enrollment at a four-year institution in a term strictly later than
    /// a term in which units were earned at a community college.
    /// </summary>
    public static DateOnly? Transferred(
        IEnumerable<PostsecondaryTermEnrollment> enrollments,
        IEnumerable<PostsecondaryCourse> courses,
        IReadOnlyList<KnownInstitution> institutions)
    {
        var kinds = institutions.ToDictionary(i => i.InstitutionId, i => i.Kind, StringComparer.Ordinal);
        string? KindOf(string institutionId) => kinds.GetValueOrDefault(institutionId);

        var firstCommunityCollegeTerm = courses
            .Where(c => c.UnitsEarned > 0m && KindOf(c.InstitutionId) == InstitutionKinds.CommunityCollege)
            .Select(c => (AcademicTerm?)AcademicTerm.ParsePostsecondary(c.Term))
            .Min();
        if (firstCommunityCollegeTerm is not { } ccTerm)
        {
            return null;
        }

        return Earliest(enrollments
            .Where(e => InstitutionKinds.IsFourYear(KindOf(e.InstitutionId)))
            .Select(e => AcademicTerm.ParsePostsecondary(e.Term))
            .Where(term => term > ccTerm)
            .Select(term => term.Start));
    }

    /// <summary>The earliest postsecondary award.</summary>
    public static DateOnly? CredentialEarned(IEnumerable<Award> awards) => Earliest(awards.Select(a => a.Date));

    /// <summary>The start of the first quarter with wages above zero that starts after the earliest award date.</summary>
    public static DateOnly? EmployedAfterCredential(IEnumerable<Award> awards, IEnumerable<WageRecord> wages)
    {
        if (CredentialEarned(awards) is not { } awarded)
        {
            return null;
        }

        return Earliest(wages
            .Where(w => w.Wages > 0m)
            .Select(w => WageQuarter.Start(w.Year, w.Quarter))
            .Where(start => start > awarded));
    }

    private static DateOnly? Earliest(IEnumerable<DateOnly> dates) => dates.Select(d => (DateOnly?)d).Min();
}
