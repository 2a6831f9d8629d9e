namespace CradleToCareer.Domain.Profile;

/// <summary>An institution the person has a record at; name and kind from the most recent event that gave them.</summary>
public sealed record KnownInstitution(string InstitutionId, string? Name, string? Kind);
