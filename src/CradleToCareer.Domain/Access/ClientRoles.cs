namespace CradleToCareer.Domain.Access;

/// <summary>
/// Which roles an organization's clients may hold. The student portal reads every student's full profile and
/// grants consents on the student's behalf, so only an organization registered as the student portal may hold it.
/// </summary>
public static class ClientRoles
{
    /// <summary>Why a client of the organization may not have these roles, or null when it may.</summary>
    public static string? Refusal(Organization organization, IEnumerable<string> roles) =>
        roles.Contains(Roles.StudentPortal, StringComparer.Ordinal) && !organization.StudentPortal
            ? $"organization '{organization.Id}' is not registered as the student portal (\"studentPortal\": true), so its clients may not have the role student-portal"
            : null;
}
