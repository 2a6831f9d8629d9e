namespace CradleToCareer.Application.Consents;

/// <summary>
/// Who granted a consent: the student portal client that sent the grant, and the student session it named (null when it
/// named none). Kept with the consent and shown with it.
/// </summary>
public sealed record ConsentAttestation(string ClientId, string? StudentSession)
{
    public static ConsentAttestation Of(Caller portal) => new(portal.ClientId, portal.StudentSession);
}
