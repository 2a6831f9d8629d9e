using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

/// <summary>Keys, sample students and the encode → compare → score → classify chain for matching tests.</summary>
internal static class MatchingTestData
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    public static readonly byte[] OtherKey = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
    public static readonly MatchEncoder Encoder = new(Key);
    public static readonly KeyedTokenizer SsnTokenizer = new(OtherKey);

    /// <summary>A complete record without an SSN; the birth date has day and month both 12 or less.</summary>
    public static StudentBlock Daniela => new(
        [],
        FirstName: "Daniela",
        MiddleName: "Sofía",
        LastName: "Hernández",
        BirthDate: new DateOnly(2009, 4, 11),
        Sex: "F",
        StreetAddress: "1450 Alvarado Street",
        City: "Los Angeles",
        PostalCode: "90026");

    /// <summary>The student with an SSN as the parser gives it: its token and its near tokens.</summary>
    public static StudentBlock WithSsn(StudentBlock student, string nineDigits) =>
        student with { SsnToken = SsnTokenizer.Tokenize(nineDigits), SsnNearTokens = SsnTokenizer.NearTokens(nineDigits) };

    public static MatchFingerprint Fingerprint(StudentBlock student) => Encoder.Encode(student).Fingerprint;

    public static ComparisonPattern Compare(StudentBlock a, StudentBlock b) =>
        RecordComparator.Compare(Fingerprint(a), Fingerprint(b));

    public static MatchScore Score(StudentBlock a, StudentBlock b) => FellegiSunter.Score(Compare(a, b), MatchWeights.Default);

    public static MatchClass Classify(StudentBlock a, StudentBlock b) => MatchThresholds.Default.Classify(Score(a, b));

    public static IReadOnlyList<string> SharedBlockingKeys(StudentBlock a, StudentBlock b) =>
        Encoder.Encode(a).BlockingKeys.Intersect(Encoder.Encode(b).BlockingKeys).ToList();
}
