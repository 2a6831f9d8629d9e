using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Testing;

/// <summary>Fingerprints for identity tests that place records without comparing them.</summary>
public static class Fingerprints
{
    /// <summary>A fingerprint with no field at all (as a record without PII would have).</summary>
    public static MatchFingerprint Empty { get; } = new(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
