using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>
/// Probabilistic placement of records whose identifiers are all new (rules.md, Identity). Ingest prepares records
/// before its batch takes its turn (<see cref="PrepareAsync"/>), which names the blocking keys the batch must claim,
/// and places them while its event log session holds those claims
/// (<see cref="PlaceAsync(MatchPreparation, IReadOnlyList{int}, CancellationToken)"/>), so decisions that could
/// concern one person never race each other.
/// </summary>
public interface IRecordMatcher
{
    /// <summary>Whether <see cref="PrepareAsync"/> does work worth a preview of the batch before its turn; false by default.</summary>
    bool WorksAhead => false;

    /// <summary>
    /// The work that needs nothing held, for records that will likely be placed; a matcher that has none only
    /// remembers the records.
    /// </summary>
    Task<MatchPreparation> PrepareAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
        Task.FromResult(new MatchPreparation(subjects));

    /// <summary>
    /// Places the prepared records at <paramref name="chosen"/> (indexes into <see cref="MatchPreparation.Subjects"/>,
    /// ascending), in that order, as <see cref="PlaceAsync(IReadOnlyList{MatchSubject}, CancellationToken)"/> would.
    /// The caller holds the claims on their blocking keys, so every record committed under those keys is indexed.
    /// </summary>
    Task<MatchPlacement> PlaceAsync(MatchPreparation prepared, IReadOnlyList<int> chosen, CancellationToken cancellationToken) =>
        PlaceAsync([.. chosen.Select(i => prepared.Subjects[i])], cancellationToken);

    /// <summary>Places each subject, in order; a subject may match one placed earlier in the same call.</summary>
    Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken);

    /// <summary>Makes the committed records of the batch that <paramref name="placement"/> placed findable by later matching.</summary>
    Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken);
}
