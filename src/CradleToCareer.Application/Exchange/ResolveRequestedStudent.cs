using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The person a requested student is, found the way an event's student block is placed but without placing anything:
/// by the identifiers first; when none is known, by the record matcher's decision for the block (a link, not a
/// possible match left for review). Nobody is created and nothing is indexed. Null when nobody, or more than one
/// person, fits. Asking the matcher feeds the comparison to the weight estimate like any placement, so a request is
/// matched once, on its first try; tries after that look up its identifiers only (<see cref="ByIdentifiersAsync"/>).
/// </summary>
public sealed class ResolveRequestedStudent(KeyedTokenizer tokenizer, IEventLog eventLog, IIdentityStore identity, IRecordMatcher matcher)
{
    public async Task<string?> RunAsync(string requestId, StudentBlock student, CancellationToken cancellationToken)
    {
        var byIdentifier = await PersonsWithIdentifiersAsync(student, cancellationToken);
        if (byIdentifier.Count > 0)
        {
            return await OneCurrentAsync(byIdentifier, cancellationToken);
        }

        var placement = await matcher.PlaceAsync([new MatchSubject(requestId, student)], cancellationToken);
        return placement.Decisions is [{ IsNewPerson: false, Review: null } decision]
            ? await identity.CurrentAsync(decision.PersonId, cancellationToken)
            : null;
    }

    /// <summary>The one person holding the block's identifiers, or null.</summary>
    public async Task<string?> ByIdentifiersAsync(StudentBlock student, CancellationToken cancellationToken) =>
        await OneCurrentAsync(await PersonsWithIdentifiersAsync(student, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<string>> PersonsWithIdentifiersAsync(StudentBlock student, CancellationToken cancellationToken)
    {
        var tokens = student.Ids.Select(id => Convert.ToBase64String(tokenizer.IdentifierToken(id.System, id.Value))).ToList();
        return tokens.Count == 0 ? [] : await eventLog.FindPersonsAsync(tokens, cancellationToken);
    }

    private async Task<string?> OneCurrentAsync(IReadOnlyList<string> persons, CancellationToken cancellationToken)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            if (await identity.CurrentAsync(person, cancellationToken) is { } id)
            {
                current.Add(id);
            }
        }

        return current.Count == 1 ? current.Single() : null;
    }
}
