using System.Collections.Concurrent;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Ingest;

/// <summary>
/// Identifier tokens this process has seen committed on accepted events, so linked to a person. A link is never
/// removed, so an event carrying only such identifiers links nothing new and will not be matched: a batch of such
/// events needs no preview and claims nothing. Bounded: past <see cref="Capacity"/> tokens it starts afresh, which only costs previews.
/// </summary>
public sealed class KnownIdentifiers
{
    /// <summary>About 30 MB of tokens at most.</summary>
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);

    /// <summary>Whether every identifier of every event of the batch is known to be linked.</summary>
    public bool AllKnown(IReadOnlyList<PendingEvent> batch) =>
        batch.All(pending => pending.IdTokens.All(_tokens.ContainsKey));

    /// <summary>Remembers the identifiers of events just committed as accepted.</summary>
    public void Add(IEnumerable<PendingEvent> accepted)
    {
        if (_tokens.Count > Capacity)
        {
            _tokens.Clear();
        }

        foreach (var token in accepted.SelectMany(pending => pending.IdTokens))
        {
            _tokens.TryAdd(token, 0);
        }
    }
}
