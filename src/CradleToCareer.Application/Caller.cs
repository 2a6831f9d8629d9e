namespace CradleToCareer.Application;

/// <summary>
/// Who asks: the client, the organization it acts for, and the roles its token grants. Every use case takes one, so
/// no use case needs to know how the caller proved who it is (a bearer token, a webhook subscription's owner).
/// </summary>
public sealed record Caller(string ClientId, string OrganizationId, IReadOnlySet<string> Roles)
{
    /// <summary>
    /// The student session a student portal says it acts in (<see cref="Students.StudentSessions"/>); null when it names
    /// none. The service cannot check it: it is kept with what the portal did, so the student and the portal's operator
    /// can tell which sign-in a read or a grant came from.
    /// </summary>
    public string? StudentSession { get; init; }

    /// <summary>A caller acting through one of its standing arrangements rather than a request: a subscription's owner.</summary>
    public static Caller Owner(string clientId, string organizationId) =>
        new(clientId, organizationId, new HashSet<string>(StringComparer.Ordinal));

    public bool IsIn(string role) => Roles.Contains(role);
}
