namespace CradleToCareer.Application.Access;

/// <summary>A registered OAuth client: who it is, which organization owns it, and its roles. Never carries the secret.</summary>
public sealed record ClientRecord(string ClientId, string OrganizationId, IReadOnlyList<string> Roles);
