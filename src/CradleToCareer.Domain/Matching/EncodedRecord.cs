namespace CradleToCareer.Domain.Matching;

/// <summary>
/// A record ready for the matching index: its fingerprint and the blocking keys under which it is
/// filed. Two records become a candidate pair when they share at least one blocking key.
/// </summary>
/// <param name="Fingerprint">Tokens and Bloom filters of the record's fields.</param>
/// <param name="BlockingKeys">
/// Compact keyed keys (<c>bk:</c> + base64url of 128 bits), usable as grain keys; they reveal nothing
/// about the values they were made from.
/// </param>
public sealed record EncodedRecord(MatchFingerprint Fingerprint, IReadOnlyList<string> BlockingKeys);
