using CradleToCareer.Application.Consents;
using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Tests.Consents;

/// <summary>
/// Consents held in a test, per student, and every grant asked for. Grants are not judged against rules.md here:
/// the student grains do that, and their own tests say how.
/// </summary>
internal sealed class FakeConsentBook(TimeProvider clock) : IConsentBook
{
    private readonly HashSet<string> _students = new(StringComparer.Ordinal);
    private readonly List<Consent> _consents = [];

    public List<string> GrantsAskedFor { get; } = [];

    /// <summary>Who each grant asked for was granted by, in order.</summary>
    public List<ConsentAttestation> GrantedBy { get; } = [];

    public void AddStudent(string personId) => _students.Add(personId);

    public Consent Hold(string personId, string recipientOrgId, ConsentAttestation? grantedBy = null)
    {
        var now = clock.GetUtcNow();
        var consent = new Consent(
            "c_" + Guid.NewGuid().ToString("N"), personId, recipientOrgId, ["progress"], "advising", "student", now, now.AddDays(30), null,
            grantedBy?.ClientId, grantedBy?.StudentSession);
        _consents.Add(consent);
        return consent;
    }

    public Consent? Find(string consentId) => _consents.Find(c => c.ConsentId == consentId);

    public Task<GrantOutcome> GrantAsync(string personId, string recipientOrgId, ConsentTerms terms, ConsentAttestation grantedBy)
    {
        GrantsAskedFor.Add(personId);
        GrantedBy.Add(grantedBy);
        return Task.FromResult<GrantOutcome>(
            _students.Contains(personId) ? new GrantOutcome.Granted(Hold(personId, recipientOrgId, grantedBy)) : new GrantOutcome.NotFound());
    }

    public Task<IReadOnlyList<Consent>?> ForStudentAsync(string personId) =>
        Task.FromResult<IReadOnlyList<Consent>?>(_students.Contains(personId) ? [.. _consents.Where(c => c.PersonId == personId)] : null);

    public Task<bool> RevokeAsync(string personId, string consentId)
    {
        var index = _consents.FindIndex(c => c.PersonId == personId && c.ConsentId == consentId);
        if (index >= 0)
        {
            _consents[index] = _consents[index] with { RevokedAt = _consents[index].RevokedAt ?? clock.GetUtcNow() };
        }

        return Task.FromResult(index >= 0);
    }

    public Task<IReadOnlyList<Consent>> ForRecipientAsync(string organizationId) =>
        Task.FromResult<IReadOnlyList<Consent>>([.. _consents.Where(c => c.RecipientOrgId == organizationId)]);
}
