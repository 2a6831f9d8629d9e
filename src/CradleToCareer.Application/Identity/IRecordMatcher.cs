using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>
/// Probabilistic placement of records whose identifiers are all new (rules.md, Identity). Ingest calls it while its
/// event log session holds the identity lock, so decisions never race each other.
/// </summary>
public interface IRecordMatcher
{
    /// <summary>Places each subject, in order; a subject may match one placed earlier in the same call.</summary>
    Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken);

    /// <summary>Makes the committed records of the batch that <paramref name="placement"/> placed findable by later matching.</summary>
    Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken);
}
