namespace CradleToCareer.Domain.Matching;

/// <summary>
/// What each kind of blocking key forces: two records found through a key agree (or nearly) on the
/// fields behind it by construction, so those fields say nothing about whether they are one person.
/// Weight estimation leaves them out of such a pair's pattern (as Splink does per blocking rule).
/// </summary>
public static class BlockingKinds
{
    public const string Ssn = "ssn";
    public const string Birth = "birth";
    public const string NameYear = "name-year";
    public const string GivenZip = "given-zip";
    public const string SurnameZip = "surname-zip";
    public const string NamesZip = "names-zip";

    private static readonly Dictionary<string, MatchField[]> ForcedFields = new(StringComparer.Ordinal)
    {
        [Ssn] = [MatchField.Ssn],
        [Birth] = [MatchField.BirthDate],
        [NameYear] = [MatchField.LastName, MatchField.FirstName, MatchField.BirthDate],
        [GivenZip] = [MatchField.FirstName, MatchField.PostalCode, MatchField.City],
        [SurnameZip] = [MatchField.LastName, MatchField.PostalCode, MatchField.City],
        [NamesZip] = [MatchField.FirstName, MatchField.LastName, MatchField.PostalCode, MatchField.City],
    };

    private static readonly Dictionary<string, int> ForcedMasks = ForcedFields.ToDictionary(
        kind => kind.Key,
        kind => kind.Value.Aggregate(default(ComparisonPattern), (mask, field) => mask.With(field, Agreement.Agree)).Code,
        StringComparer.Ordinal);

    /// <summary>The kind a blocking key was made for (keys read <c>bk:&lt;kind&gt;:&lt;token&gt;</c>).</summary>
    public static string KindOf(string blockingKey)
    {
        var start = blockingKey.IndexOf(':', StringComparison.Ordinal) + 1;
        var end = blockingKey.IndexOf(':', start);
        return end < 0 ? "" : blockingKey[start..end];
    }

    /// <summary>
    /// The pattern bits of every field a key of this kind forces (both bits of each such field set), 0 for a kind
    /// that forces none. Masks of several shared keys combine with <c>|</c>.
    /// </summary>
    public static int ForcedFieldsMask(string blockingKey) => ForcedMasks.GetValueOrDefault(KindOf(blockingKey));

    /// <summary>The pattern with every field in <paramref name="forcedFieldsMask"/> set to Missing.</summary>
    public static ComparisonPattern ForEstimation(ComparisonPattern pattern, int forcedFieldsMask) =>
        new(pattern.Code & ~forcedFieldsMask);
}
