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

    /// <summary>The kind a blocking key was made for (keys read <c>bk:&lt;kind&gt;:&lt;token&gt;</c>).</summary>
    public static string KindOf(string blockingKey)
    {
        var start = blockingKey.IndexOf(':', StringComparison.Ordinal) + 1;
        var end = blockingKey.IndexOf(':', start);
        return end < 0 ? "" : blockingKey[start..end];
    }

    /// <summary>The pattern with every field forced by one of the shared keys set to Missing.</summary>
    public static ComparisonPattern ForEstimation(ComparisonPattern pattern, IEnumerable<string> sharedKeys)
    {
        foreach (var key in sharedKeys)
        {
            foreach (var field in ForcedFields.GetValueOrDefault(KindOf(key)) ?? [])
            {
                pattern = pattern.With(field, Agreement.Missing);
            }
        }

        return pattern;
    }
}
