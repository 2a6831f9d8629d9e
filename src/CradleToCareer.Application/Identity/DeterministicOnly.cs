using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>
/// Identity without probabilistic matching (<c>C2C:Identity:Matching:Enabled=false</c>): a record whose
/// identifiers are all new always becomes a new person.
/// </summary>
public sealed class DeterministicOnly : IRecordMatcher
{
    private static readonly IReadOnlySet<string> NoKeys = new HashSet<string>();

    public Task<MatchPlacement> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
        Task.FromResult(new MatchPlacement([.. subjects.Select(_ => new MatchDecision(PersonIds.New(), true, null, null))], NoKeys));

    public Task IndexAsync(MatchPlacement placement, IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
