using Orleans.Concurrency;

namespace CradleToCareer.Abstractions;

/// <summary>
/// How often matching has seen each first and last name (key <see cref="Key"/>, one per cluster), as counts of keyed
/// name tokens in fixed-size sketches: what term-frequency adjustments weigh a name by.
/// </summary>
public interface INameFrequencyGrain : IGrainWithStringKey
{
    public const string Key = "default";

    /// <summary>The counts of each record's names (null where a record has no such name), and how many names were counted.</summary>
    [AlwaysInterleave]
    Task<NameCounts> CountsOfAsync(Immutable<NameTokens> names);

    /// <summary>Counts the names of committed match records.</summary>
    Task AddAsync(Immutable<NameTokens> names);
}

/// <summary>The first- and last-name tokens of some records, index by index; null where a record lacks the name.</summary>
[GenerateSerializer, Immutable]
public sealed record NameTokens([property: Id(0)] long?[] FirstNames, [property: Id(1)] long?[] LastNames);

/// <summary>Counts for <see cref="NameTokens"/>, index by index, and the totals they are out of.</summary>
[GenerateSerializer, Immutable]
public sealed record NameCounts(
    [property: Id(0)] int?[] FirstNames,
    [property: Id(1)] int?[] LastNames,
    [property: Id(2)] long FirstNamesCounted,
    [property: Id(3)] long LastNamesCounted);
