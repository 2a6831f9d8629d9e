using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Views;

/// <summary>Builds the progress view of a profile for the scopes a consent covers.</summary>
public static class ProgressViews
{
    public const string ProgressScope = "progress";
    public const string FinaidScope = "finaid";
    public const string WorkforceScope = "workforce";
    public const string SocialServicesScope = "social-services";

    /// <summary>How many quarters of wages the workforce section shows (api.md: the latest four).</summary>
    public const int WageQuarters = 4;

    /// <summary>
    /// The view for <paramref name="scopes"/>, built at <paramref name="now"/>. Milestones that come from aid or wage records
    /// (<c>finaid.*</c>, <c>workforce.*</c>) tell as much as the sections themselves, so they are shown
    /// only with the scope of their section.
    /// </summary>
    public static ProgressView Of(StudentProfile profile, IReadOnlyCollection<string> scopes, DateTimeOffset now)
    {
        bool Covers(string scope) => scopes.Contains(scope, StringComparer.Ordinal);
        return new ProgressView(
            profile.PersonId,
            AsOf(now),
            profile.CurrentEnrollment,
            new K12Progress(profile.K12.CreditsEarned, profile.K12.Gpa, profile.K12.Ag),
            new PostsecondaryProgress(profile.Postsecondary.UnitsEarned, profile.Postsecondary.Gpa),
            [.. profile.Milestones.Where(m => MilestoneShown(m.Id, Covers))],
            profile.RiskFlags,
            Covers(FinaidScope) ? profile.Finaid : null,
            Covers(WorkforceScope) ? LatestQuarters(profile.Workforce) : null,
            Covers(SocialServicesScope) ? profile.SocialServices : null,
            [.. scopes.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The view's <c>asOf</c> (api.md): the instant it was built, in UTC and whole milliseconds, so it reads like the
    /// contract's <c>2026-05-02T17:03:11.201Z</c>. The profile is caught up with the event log first, so every
    /// event accepted before this instant is in the view.
    /// </summary>
    public static DateTime AsOf(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private static bool MilestoneShown(string milestoneId, Func<string, bool> covers) => milestoneId.Split('.')[0] switch
    {
        FinaidScope => covers(FinaidScope),
        WorkforceScope => covers(WorkforceScope),
        _ => true,
    };

    /// <summary>The wage records of the latest <see cref="WageQuarters"/> quarters that have any (the section is newest first).</summary>
    private static WorkforceSection LatestQuarters(WorkforceSection workforce)
    {
        var quarters = workforce.Wages
            .Select(w => (w.Year, w.Quarter))
            .Distinct()
            .OrderByDescending(q => q.Year)
            .ThenByDescending(q => q.Quarter)
            .Take(WageQuarters)
            .ToHashSet();
        return new WorkforceSection([.. workforce.Wages.Where(w => quarters.Contains((w.Year, w.Quarter)))]);
    }
}
