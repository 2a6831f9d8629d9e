using CradleToCareer.Domain.Accounts;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Application.Tests.Disclosures;

/// <summary>
/// Students held in a test: who exists, their consents, and how often a view was built. Consents are picked with the
/// domain's rule, as the student grains pick them.
/// </summary>
internal sealed class FakeStudentRecords(TimeProvider clock) : IStudentRecords
{
    private readonly HashSet<string> _persons = new(StringComparer.Ordinal);
    private readonly List<Consent> _consents = [];

    public int ViewsBuilt { get; private set; }

    public void AddPerson(string personId) => _persons.Add(personId);

    public Consent Grant(string personId, string organizationId, string[] scopes, TimeSpan? expiresIn = null, bool revoked = false)
    {
        var now = clock.GetUtcNow();
        var consent = new Consent(
            "c_" + Guid.NewGuid().ToString("N"), personId, organizationId, scopes, "advising", "student", now,
            now + (expiresIn ?? TimeSpan.FromDays(30)), revoked ? now : null);
        _consents.Add(consent);
        return consent;
    }

    public Task<Consent?> ConsentAsync(string personId, string organizationId, string? scope) =>
        Task.FromResult(ConsentRules.NewestCovering(_consents.Where(c => c.PersonId == personId), organizationId, scope, clock.GetUtcNow()));

    /// <summary>The view of an existing person (who has no events), counted; null for anyone else.</summary>
    public Task<ProgressView?> ProgressAsync(string personId, IReadOnlyList<string> scopes)
    {
        if (!_persons.Contains(personId))
        {
            return Task.FromResult<ProgressView?>(null);
        }

        ViewsBuilt++;
        var now = clock.GetUtcNow();
        return Task.FromResult<ProgressView?>(
            ProgressViews.Of(StudentProjection.Project(personId, [], DateOnly.FromDateTime(now.UtcDateTime)), [.. scopes], now));
    }

    /// <summary>What <see cref="AccountFactsAsync"/> answers per person; a person without an entry has no record.</summary>
    public Dictionary<string, StudentAccountFacts> AccountFacts { get; } = new(StringComparer.Ordinal);

    public Task<StudentAccountFacts?> AccountFactsAsync(string personId) => Task.FromResult(AccountFacts.GetValueOrDefault(personId));

    public Task<Transcript?> TranscriptAsync(string personId, TranscriptIssue issue) =>
        throw new NotSupportedException("The gate tests build their answers themselves.");

    /// <summary>An answer for an existing person, counted; null for anyone else.</summary>
    public Task<string?> AnswerFor(string personId, Consent consent)
    {
        if (!_persons.Contains(personId))
        {
            return Task.FromResult<string?>(null);
        }

        ViewsBuilt++;
        return Task.FromResult<string?>($"{personId} under {consent.ConsentId} ({string.Join(",", consent.Scopes)})");
    }
}
