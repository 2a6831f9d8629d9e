using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Transcripts;

namespace CradleToCareer.Application.Transcripts;

/// <summary>What a transcript request came to.</summary>
public abstract record IssueOutcome
{
    private IssueOutcome()
    {
    }

    /// <summary>The request is not valid; each error names its field.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : IssueOutcome;

    /// <summary>No such person, or no consent covering <c>transcript</c>: the two are one answer.</summary>
    public sealed record NotFound : IssueOutcome;

    /// <summary>Issued, recorded as a disclosure and kept.</summary>
    public sealed record Issued(IssuedTranscript Transcript) : IssueOutcome;
}

/// <summary>
/// An e-transcript of the student now (role college), from every event accepted before the request, under the consent
/// the student gave the caller's organization for <c>transcript</c>. Issuing it is a disclosure, recorded first; the
/// transcript is then kept unchangeable, for the requesting organization to fetch again while the consent lasts.
/// </summary>
public sealed class IssueTranscript(IIdentityStore identity, TranscriptIssuer issuer, ITranscriptArchive archive, DisclosureGate gate)
{
    public async Task<IssueOutcome> RunAsync(Caller caller, string personId, string? level, string? purpose, CancellationToken cancellationToken)
    {
        if (TranscriptRequests.Validate(level, purpose) is { Count: > 0 } errors)
        {
            return new IssueOutcome.Invalid(errors);
        }

        return await identity.CurrentAsync(personId, cancellationToken) is { } current
            && await issuer.IssueAsync(caller, current, TranscriptIds.New(), purpose!.Trim(), level!, cancellationToken) is { } issued
            ? new IssueOutcome.Issued(issued)
            : new IssueOutcome.NotFound();
    }

    /// <summary>
    /// A transcript issued before, exactly as kept, read again by the organization that requested it. Reading it again
    /// is a disclosure like issuing it: it needs, at the time of the request, an active consent from the student to that
    /// organization covering <c>transcript</c>, and is recorded under it. Null for anyone else, without such a consent
    /// (a revoked one included), and for an id nobody was issued: the three are one answer.
    /// </summary>
    public async Task<IssuedTranscript?> FindAsync(Caller caller, string transcriptId, CancellationToken cancellationToken) =>
        TranscriptIds.IsWellFormed(transcriptId) && await archive.FindAsync(transcriptId, cancellationToken) is { } issued
            && issued.RecipientOrgId == caller.OrganizationId
            && await identity.CurrentAsync(issued.PersonId, cancellationToken) is { } current
            ? await gate.DiscloseAsync(caller, current, DisclosureScope.Transcript, _ => Task.FromResult<IssuedTranscript?>(issued), cancellationToken)
            : null;
}
