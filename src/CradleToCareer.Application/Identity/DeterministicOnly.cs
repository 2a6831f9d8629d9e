using CradleToCareer.Domain.Identity;
namespace CradleToCareer.Application.Identity;

/// <summary>
/// Identity without probabilistic matching (<c>C2C:Identity:Matching:Enabled=false</c>): a record whose
/// identifiers are all new always becomes a new person.
/// </summary>
public sealed class DeterministicOnly : IRecordMatcher
{
    public Task<IReadOnlyList<MatchDecision>> PlaceAsync(IReadOnlyList<MatchSubject> subjects, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MatchDecision>>([.. subjects.Select(_ => new MatchDecision(PersonIds.New(), true, null, null))]);

    public Task IndexAsync(IReadOnlyList<MatchRecord> records, CancellationToken cancellationToken) => Task.CompletedTask;
}
