using CradleToCareer.Domain.Accounts;
using Orleans.Concurrency;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Institutions;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Abstractions;

/// <summary>One grain per person id: the live longitudinal profile.</summary>
/// <remarks>
/// Views and consents travel as <see cref="Immutable{T}"/>: domain types cross as JSON, so without it a call inside
/// one silo would copy a whole progress view or transcript through the serializer.
/// </remarks>
public interface IStudentGrain : IGrainWithStringKey
{
    /// <summary>The profile as of now, including every event accepted before the call.</summary>
    Task<ProfileDocument> GetProfileAsync();

    /// <summary>Grants a consent when the request satisfies rules.md (scopes, purpose, expiry, grantor).</summary>
    Task<ConsentGrant> GrantConsentAsync(ConsentRequest request);

    /// <summary>Every consent of the person, active and past; null when no record has this person id.</summary>
    Task<IReadOnlyList<Consent>?> GetConsentsAsync();

    /// <summary>Revokes at once; false when the person has no such consent.</summary>
    Task<bool> RevokeConsentAsync(string consentId);

    /// <summary>
    /// The progress view with the sections the scopes allow, from every event accepted before the call; null when no
    /// event names the person. Not gated: the application's disclosure gate asks for it under a consent it found.
    /// </summary>
    Task<Immutable<ProgressView?>> GetProgressAsync(Immutable<IReadOnlyList<string>> scopes);

    /// <summary>A transcript issued now, from every event accepted before the call; null when no event names the person. Not gated either.</summary>
    Task<Immutable<Transcript?>> GetTranscriptAsync(TranscriptIssue issue);

    /// <summary>
    /// Whether a guardian still acts for the student and where the student has records, from every event accepted
    /// before the call; null when no event names the person.
    /// </summary>
    Task<StudentAccountFacts?> GetAccountFactsAsync();

    /// <summary>
    /// Catches up from the event log and records, in the durable alert ledger, any alert the profile calls for that
    /// is not recorded yet; returns how many were newly recorded. The grain does this by itself after every change;
    /// the alert sweep calls it for persons whose events may have come while their grain was down.
    /// </summary>
    Task<int> RaiseAlertsAsync();

    /// <summary>
    /// The organization's most recently granted consent that covers the scope now (any active one when the scope is
    /// null), or null (<c>ConsentRules.NewestCovering</c>). It reads only the consents,
    /// so it interleaves with the grain's other work: an alert's sending never waits behind a catch-up from the log.
    /// </summary>
    [AlwaysInterleave]
    Task<Immutable<Consent?>> ConsentForAsync(string organizationId, string? scope);

    /// <summary>
    /// The grain's change version as soon as it differs from <paramref name="seen"/> (or at once when
    /// <paramref name="wait"/> is zero), else after <paramref name="wait"/>: a live page's pulse. The version moves after
    /// the grain has acted on a change of the profile (its alerts recorded) and when a consent is granted or revoked; it
    /// starts at a random value on each activation, so a waiter never mistakes a new activation for the old one. It only
    /// waits, so it interleaves with everything else. Keep <paramref name="wait"/> well under the response timeout.
    /// </summary>
    [AlwaysInterleave]
    Task<long> WaitForChangeAsync(long seen, TimeSpan wait);

    /// <summary>Re-reads the person's events after a merge or an undo changed which records belong to it.</summary>
    Task RefreshIdentityAsync();

    /// <summary>
    /// What this person contributes to one institution's live counts, or null if nothing; the grain takes it as known
    /// to the institution from then on, so its next change is judged against it.
    /// </summary>
    [AlwaysInterleave]
    Task<InstitutionMembership?> GetMembershipAsync(string institutionId);
}
