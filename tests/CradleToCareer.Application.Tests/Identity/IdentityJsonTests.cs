using System.Text.Json.Nodes;
using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Application.Tests.Identity;

/// <summary>Stored fingerprints: the SSN's near tokens survive a round trip, and fingerprints stored before them still read.</summary>
public sealed class IdentityJsonTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly KeyedTokenizer Tokenizer = new(Key);
    private static readonly MatchEncoder Encoder = new(Key);

    [Fact]
    public void A_fingerprint_keeps_its_ssn_near_tokens_through_json()
    {
        var original = FingerprintWithSsn("123456789");

        var copy = IdentityJson.ReadFingerprint(IdentityJson.Write(original));

        Assert.Equal(original.SsnNear, copy.SsnNear);
        Assert.Equal(Agreement.Partial, RecordComparator.Compare(copy, FingerprintWithSsn("123456780"))[MatchField.Ssn]);
    }

    [Fact]
    public void A_fingerprint_stored_before_near_tokens_reads_without_them_and_compares_its_ssn_exactly()
    {
        var stored = JsonNode.Parse(IdentityJson.Write(FingerprintWithSsn("123456789")))!.AsObject();
        Assert.True(stored.Remove("ssnNear"));

        var old = IdentityJson.ReadFingerprint(stored.ToJsonString());

        Assert.Null(old.SsnNear);
        Assert.NotNull(old.Ssn);
        Assert.Equal(Agreement.Agree, RecordComparator.Compare(old, FingerprintWithSsn("123456789"))[MatchField.Ssn]);
        Assert.Equal(Agreement.Disagree, RecordComparator.Compare(old, FingerprintWithSsn("123456780"))[MatchField.Ssn]);
    }

    [Fact]
    public void A_fingerprint_keeps_its_swapped_names_and_one_stored_before_them_compares_names_only_straight()
    {
        var garcia = Encoder.Encode(new StudentBlock([], FirstName: "José", LastName: "García")).Fingerprint;
        var swappedWithTypo = Encoder.Encode(new StudentBlock([], FirstName: "Garrcía", LastName: "José")).Fingerprint;
        var stored = JsonNode.Parse(IdentityJson.Write(swappedWithTypo))!.AsObject();

        var copy = IdentityJson.ReadFingerprint(stored.ToJsonString());
        Assert.True(stored.Remove("swapped"));
        var old = IdentityJson.ReadFingerprint(stored.ToJsonString());

        Assert.Equal(Agreement.Partial, RecordComparator.Compare(copy, garcia)[MatchField.FirstName]);
        Assert.Null(old.Swapped);
        Assert.Equal(Agreement.Disagree, RecordComparator.Compare(old, garcia)[MatchField.FirstName]);
    }

    private static MatchFingerprint FingerprintWithSsn(string digits) =>
        Encoder.Encode(new StudentBlock([], FirstName: "Ana", SsnToken: Tokenizer.Tokenize(digits), SsnNearTokens: Tokenizer.NearTokens(digits))).Fingerprint;
}
