namespace CradleToCareer.Application.Consents;

/// <summary>The terms of a consent as the student portal sent them; the student's record judges them.</summary>
public sealed record ConsentTerms(IReadOnlyList<string>? Scopes, string? Purpose, DateTimeOffset? ExpiresAt, string? Grantor);
