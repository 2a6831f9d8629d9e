using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>
/// Probabilistic placement of records whose identifiers are all new (rules.md, Identity). The event
/// log calls it while it holds the ingest lock, so decisions never race each other.
/// </summary>
public interface IRecordMatcher
{
    /// <summary>Places each subject, in order; a subject may match one placed earlier in the same call.</summary>
    Task<IReadOnlyList<MatchDecision>> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken);

    /// <summary>Makes committed records findable by later matching.</summary>
    Task IndexAsync(IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken);
}
