namespace CradleToCareer.Application.EventLog;

/// <summary>
/// A guess, read before the batch takes its turn, at what its identity decisions will involve: the positions the matcher
/// will likely place and the identifier tokens no person is linked to yet. Another batch may link some of them in the
/// meantime; the session's own reading decides.
/// </summary>
public sealed record IngestPreview(IReadOnlyList<int> PositionsToPlace, IReadOnlySet<string> UnlinkedTokens)
{
    /// <summary>Nothing read ahead: the session finds out what the batch needs.</summary>
    public static IngestPreview Skipped { get; } = new([], new HashSet<string>());
}
