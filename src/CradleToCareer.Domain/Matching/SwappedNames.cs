namespace CradleToCareer.Domain.Matching;

/// <summary>
/// A record's two names as the other name field would hold them, so two records whose given and family names are
/// swapped, and one of them mistyped, still compare name against name: the first name tokenized and filtered as a
/// last name is, and the last name as a first name is.
/// </summary>
/// <param name="FirstAsLast">Token of the first name, made like a last-name token.</param>
/// <param name="FirstGramsAsLast">Bloom filter of the first name's bigrams, made like a last-name filter.</param>
/// <param name="LastAsFirst">Token of the last name, made like a first-name token.</param>
/// <param name="LastGramsAsFirst">Bloom filter of the last name's bigrams, made like a first-name filter.</param>
public sealed record SwappedNames(long FirstAsLast, ulong[] FirstGramsAsLast, long LastAsFirst, ulong[] LastGramsAsFirst);
