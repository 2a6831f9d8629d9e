namespace CradleToCareer.Application.EventLog;

/// <summary>
/// What one batch's identity decisions could collide on with another batch's: the identifier tokens it may link for the
/// first time and the blocking keys of the records it may place. Two batches whose claims are disjoint cannot decide
/// anything about the same person, so the event log lets them run side by side and makes only overlapping ones wait.
/// </summary>
public sealed class IdentityClaims
{
    public IdentityClaims(IEnumerable<string> tokens, IEnumerable<string> blockingKeys)
    {
        Tokens = tokens.ToHashSet(StringComparer.Ordinal);
        BlockingKeys = blockingKeys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A batch that links no new identifier and places no record.</summary>
    public static IdentityClaims None { get; } = new([], []);

    public IReadOnlySet<string> Tokens { get; }

    public IReadOnlySet<string> BlockingKeys { get; }

    public int Count => Tokens.Count + BlockingKeys.Count;

    /// <summary>True when every claim of <paramref name="other"/> is one of these.</summary>
    public bool Covers(IdentityClaims other) => other.Tokens.IsSubsetOf(Tokens) && other.BlockingKeys.IsSubsetOf(BlockingKeys);

    public IdentityClaims With(IdentityClaims other) => new(Tokens.Concat(other.Tokens), BlockingKeys.Concat(other.BlockingKeys));
}
