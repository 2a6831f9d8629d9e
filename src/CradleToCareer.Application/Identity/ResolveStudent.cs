using CradleToCareer.Domain.Access;
using System.Text.Json;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Application.Identity;

/// <summary>What resolving a student block came to.</summary>
public abstract record ResolveOutcome
{
    private ResolveOutcome()
    {
    }

    /// <summary>The block is not valid; each error names its field.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ResolveOutcome;

    /// <summary>Nobody matches, or the caller may not know who does: the two are one answer.</summary>
    public sealed record NotFound : ResolveOutcome;

    public sealed record Found(string PersonId) : ResolveOutcome;
}

/// <summary>
/// A student block to a person id by its identifiers. The student portal learns it without consent; any other
/// organization only under an active consent from that person. Each hit, the portal's too, is a recorded disclosure. Without consent the
/// answer is the same as for nobody, and every answer to another organization takes at least
/// <see cref="MinimumAnswerTime"/>, so the time it takes does not tell the two apart either.
/// </summary>
public sealed class ResolveStudent(KeyedTokenizer tokenizer, IEventLog eventLog, DisclosureGate gate, TimeProvider clock)
{
    /// <summary>Longer than either path normally takes: a miss, or a hit that activates a grain and records a disclosure.</summary>
    public static readonly TimeSpan MinimumAnswerTime = TimeSpan.FromMilliseconds(100);

    public async Task<ResolveOutcome> RunAsync(Caller caller, JsonElement block, CancellationToken cancellationToken)
    {
        var (student, errors) = EventParser.ParseStudentBlock(block, tokenizer);
        if (student is null)
        {
            return new ResolveOutcome.Invalid(errors);
        }

        var floor = Task.Delay(MinimumAnswerTime, clock, cancellationToken);
        var tokens = student.Ids.Select(id => Convert.ToBase64String(tokenizer.IdentifierToken(id.System, id.Value))).ToList();
        var persons = tokens.Count == 0 ? [] : await eventLog.FindPersonsAsync(tokens, cancellationToken);
        if (caller.IsIn(Roles.StudentPortal))
        {
            var own = persons.Count == 1
                ? await gate.ShowToPortalAsync(caller, persons[0], PortalRead.Identity, () => Task.FromResult<string?>(persons[0]), cancellationToken)
                : null;
            return own is null ? new ResolveOutcome.NotFound() : new ResolveOutcome.Found(own);
        }

        var found = persons.Count == 1
            ? await gate.DiscloseAsync(
                caller, persons[0], DisclosureScope.Identity, _ => Task.FromResult<string?>(persons[0]), cancellationToken)
            : null;
        await floor;
        return found is null ? new ResolveOutcome.NotFound() : new ResolveOutcome.Found(found);
    }
}
