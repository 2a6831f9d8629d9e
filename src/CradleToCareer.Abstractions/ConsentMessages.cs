using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Abstractions;

/// <summary>
/// A request to grant a consent, as the student portal sent it (validated by the student grain), with the portal client
/// that sent it and the student session that client named; both are kept with the consent.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConsentRequest(
    [property: Id(0)] string RecipientOrgId,
    [property: Id(1)] IReadOnlyList<string>? Scopes,
    [property: Id(2)] string? Purpose,
    [property: Id(3)] DateTimeOffset? ExpiresAt,
    [property: Id(4)] string? Grantor,
    [property: Id(5)] string? GrantedByClientId,
    [property: Id(6)] string? StudentSession);

/// <summary>The answer to a grant: the consent, or what was wrong; <see cref="PersonExists"/> false for an unknown person.</summary>
[GenerateSerializer, Immutable]
public sealed record ConsentGrant(
    [property: Id(0)] bool PersonExists,
    [property: Id(1)] Consent? Consent,
    [property: Id(2)] IReadOnlyList<FieldError> Errors);

/// <summary>A student's consents as the student grain persists them.</summary>
[GenerateSerializer]
public sealed class StudentConsents
{
    [Id(0)]
    public List<Consent> Items { get; set; } = [];
}

/// <summary>The consents granted to one organization, as its index grain persists them, by consent id.</summary>
[GenerateSerializer]
public sealed class OrganizationConsents
{
    [Id(0)]
    public Dictionary<string, Consent> Items { get; set; } = [];
}
