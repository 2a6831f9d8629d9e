using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Consents;

/// <summary>What follows a grant before it is answered (transcript requests waiting for it are issued).</summary>
public interface IConsentGranted
{
    /// <summary>Runs after the consent is kept; it never fails the grant.</summary>
    Task OnGrantedAsync(Consent consent, CancellationToken cancellationToken);
}
