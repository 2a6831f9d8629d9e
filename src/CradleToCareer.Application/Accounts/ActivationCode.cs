namespace CradleToCareer.Application.Accounts;

/// <summary>
/// An activation code as kept: its hash (<see cref="Domain.Accounts.ActivationCodes.HashOf"/>), never the code; the
/// person and kind of account it activates; who issued it and until when it is valid; when it was used, if it was.
/// </summary>
public sealed record ActivationCode(
    string CodeHash,
    string PersonId,
    string Kind,
    string IssuedByClientId,
    string IssuedByOrganizationId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt = null);
