using CradleToCareer.Domain.Accounts;
using CradleToCareer.Domain.Consent;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Application.Students;

/// <summary>
/// The live records of students, one per person (the student grains): their consents and the views built from every
/// event accepted before the call. The views here are not gated: only the <see cref="Disclosures.DisclosureGate"/>
/// asks for them, after it has found the consent they are built under.
/// </summary>
public interface IStudentRecords
{
    /// <summary>The newest active consent from the person to the organization covering the scope (any active one when the scope is null).</summary>
    Task<Consent?> ConsentAsync(string personId, string organizationId, string? scope);

    /// <summary>The progress view with the sections the scopes allow; null when no event names the person.</summary>
    Task<ProgressView?> ProgressAsync(string personId, IReadOnlyList<string> scopes);

    /// <summary>Who may hold an account for the person (<see cref="StudentAccountFacts"/>); null when no event names the person.</summary>
    Task<StudentAccountFacts?> AccountFactsAsync(string personId);

    /// <summary>A transcript issued now; null when no event names the person.</summary>
    Task<Transcript?> TranscriptAsync(string personId, TranscriptIssue issue);
}
