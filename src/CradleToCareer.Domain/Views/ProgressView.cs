using System.Text.Json.Serialization;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Views;

/// <summary>
/// The advising view of api.md (Views, Progress): where the student is enrolled now, credits and GPAs,
/// a-g status, milestones and risk flags; aid, wages and social services only when the consent's scopes
/// cover them. A section the consent does not cover is absent, not empty. <see cref="AsOf"/> is the instant the
/// view was built (UTC, to the millisecond): every event accepted before it is reflected.
/// </summary>
public sealed record ProgressView(
    string PersonId,
    DateTime AsOf,
    CurrentEnrollment? CurrentEnrollment,
    K12Progress K12,
    PostsecondaryProgress Postsecondary,
    IReadOnlyList<ReachedMilestone> Milestones,
    IReadOnlyList<string> RiskFlags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FinaidSection? Finaid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WorkforceSection? Workforce,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SocialServicesSection? SocialServices,
    IReadOnlyList<string> Scopes);

/// <summary>K-12 credits earned, cumulative GPA and a-g status.</summary>
public sealed record K12Progress(decimal CreditsEarned, decimal? Gpa, AgSummary Ag);

/// <summary>Postsecondary units earned and cumulative GPA.</summary>
public sealed record PostsecondaryProgress(decimal UnitsEarned, decimal? Gpa);
