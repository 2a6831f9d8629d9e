namespace CradleToCareer.Domain.Identity;

/// <summary>
/// The matcher as an actor of the identity journal: its merges (<c>merged_by</c>) and the review items it closes
/// (<c>dismissed_by</c>) are recorded under <see cref="ClientId"/>, so a steward's decisions can be told from its own.
/// </summary>
public static class MatcherActor
{
    /// <summary>Who the journal names for the matcher's decisions; no client id has this form.</summary>
    public const string ClientId = "c2c:matcher";
}
