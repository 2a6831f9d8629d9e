namespace CradleToCareer.Domain.Matching;

/// <summary>What to do with a scored pair.</summary>
public enum MatchClass
{
    /// <summary>The same person: link automatically.</summary>
    Link,

    /// <summary>Possibly the same person: an identity steward decides.</summary>
    Review,

    /// <summary>Different people.</summary>
    NonMatch,
}
