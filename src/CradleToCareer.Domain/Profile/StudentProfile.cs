using System.Text.Json.Serialization;

namespace CradleToCareer.Domain.Profile;

/// <summary>
/// The full longitudinal profile of one person, a pure function of the set of the person's effective events.
/// Serialized with System.Text.Json web defaults it has the api.md shape; the HTTP layer adds <c>asOf</c>, the
/// instant of the answer, while <see cref="AsOf"/> is the calendar day "current enrollment" was judged for.
/// </summary>
public sealed record StudentProfile(
    string PersonId,
    [property: JsonPropertyName("asOfDate")] DateOnly AsOf,
    CurrentEnrollment? CurrentEnrollment,
    K12Section K12,
    PostsecondarySection Postsecondary,
    IReadOnlyList<ReachedMilestone> Milestones,
    IReadOnlyList<string> RiskFlags,
    FinaidSection Finaid,
    WorkforceSection Workforce,
    SocialServicesSection SocialServices,
    StudentDetails Student,
    IReadOnlyList<KnownInstitution> Institutions,
    int EventCount);
