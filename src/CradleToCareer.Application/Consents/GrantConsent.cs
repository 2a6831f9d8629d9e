using CradleToCareer.Application.Access;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Consents;

/// <summary>What a consent grant came to.</summary>
public abstract record GrantOutcome
{
    private GrantOutcome()
    {
    }

    /// <summary>No student record has the person id.</summary>
    public sealed record NotFound : GrantOutcome;

    /// <summary>The consent is not valid; each error names its field.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : GrantOutcome;

    /// <summary>Granted, on the id the person goes by now.</summary>
    public sealed record Granted(Consent Consent) : GrantOutcome;
}

/// <summary>
/// The student portal grants a registered organization access to sections of the record, for a purpose, until a date
/// (rules.md, Consent). A consent asked for a merged-away id is granted on its survivor. The consent keeps the portal
/// client that granted it and the student session that client named.
/// What follows a grant (<see cref="IConsentGranted"/>) runs before it is answered.
/// </summary>
public sealed class GrantConsent(IIdentityStore identity, IAccessRegistry registry, IConsentBook consents, IConsentGranted granted)
{
    public async Task<GrantOutcome> RunAsync(
        Caller caller, string personId, string? recipientOrgId, ConsentTerms terms, CancellationToken cancellationToken)
    {
        if (await identity.CurrentAsync(personId, cancellationToken) is not { } current)
        {
            return new GrantOutcome.NotFound();
        }

        if (recipientOrgId is null || await registry.GetOrganizationAsync(recipientOrgId, cancellationToken) is null)
        {
            return new GrantOutcome.Invalid([new FieldError("/recipientOrgId", "is required: the id of a registered organization")]);
        }

        var outcome = await consents.GrantAsync(current, recipientOrgId, terms, ConsentAttestation.Of(caller));
        if (outcome is GrantOutcome.Granted done)
        {
            await granted.OnGrantedAsync(done.Consent, cancellationToken);
        }

        return outcome;
    }
}
