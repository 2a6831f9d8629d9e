using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Consent;

/// <summary>What a consent request must satisfy (rules.md, Consent).</summary>
public static class ConsentRules
{
    public const string Student = "student";
    public const string Guardian = "guardian";
    public const int MaxPurposeLength = 500;

    public static IReadOnlyList<string> Scopes { get; } = ["transcript", "progress", "finaid", "workforce", "social-services", "alerts"];

    /// <summary>
    /// Who may grant: a parent or guardian while the student is under 18 and has never enrolled in
    /// postsecondary education; the student from then on. Without a known birth date the student is
    /// taken to hold the right, as FERPA's default for adults.
    /// </summary>
    public static string RequiredGrantor(StudentProfile profile, DateOnly today) =>
        profile.Student.BirthDate is { } born && born.AddYears(18) > today && profile.Postsecondary.Enrollments.Count == 0
            ? Guardian
            : Student;

    /// <summary>Every problem with the request, keyed by JSON Pointer; empty when it may be granted.</summary>
    public static IReadOnlyList<FieldError> Validate(
        IReadOnlyList<string>? scopes, string? purpose, DateTimeOffset? expiresAt, string? grantor,
        StudentProfile profile, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (scopes is not { Count: > 0 })
        {
            errors.Add(new FieldError("/scopes", "is required: one or more of " + string.Join(", ", Scopes)));
        }
        else
        {
            errors.AddRange(scopes
                .Select((scope, i) => (scope, i))
                .Where(x => !Scopes.Contains(x.scope, StringComparer.Ordinal))
                .Select(x => new FieldError($"/scopes/{x.i}", "must be one of " + string.Join(", ", Scopes))));
        }

        if (string.IsNullOrWhiteSpace(purpose) || purpose.Length > MaxPurposeLength)
        {
            errors.Add(new FieldError("/purpose", $"is required: 1-{MaxPurposeLength} characters saying why the data is shared"));
        }

        if (expiresAt is not { } expiry || expiry <= now || expiry > now.AddYears(1))
        {
            errors.Add(new FieldError("/expiresAt", "is required: a date-time in the future, at most one year ahead"));
        }

        var required = RequiredGrantor(profile, DateOnly.FromDateTime(now.UtcDateTime));
        if (grantor is not (Student or Guardian))
        {
            errors.Add(new FieldError("/grantor", "must be student or guardian"));
        }
        else if (grantor != required)
        {
            errors.Add(new FieldError("/grantor", required == Guardian
                ? "must be guardian: the student is under 18 and has not enrolled in postsecondary education, so a parent or guardian grants consent"
                : "must be student: the student is 18 or older, or has enrolled in postsecondary education, so the right to consent is the student's"));
        }

        return errors;
    }

    /// <summary>
    /// The consent a disclosure to the organization is made under: the newest of the person's consents to it that is
    /// active now and covers the scope (any active one when the scope is null); null when there is none.
    /// </summary>
    public static Consent? NewestCovering(IEnumerable<Consent> consents, string organizationId, string? scope, DateTimeOffset now) =>
        consents
            .Where(c => c.RecipientOrgId == organizationId && (scope is null ? c.StatusAt(now) == Consent.Active : c.Covers(scope, now)))
            .MaxBy(c => c.GrantedAt);
}
