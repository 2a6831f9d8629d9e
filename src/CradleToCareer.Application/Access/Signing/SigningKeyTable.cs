namespace CradleToCareer.Application.Access.Signing;

/// <summary>Which key ring a <see cref="PostgresSigningKeyStore"/> works on; each ring has its own table.</summary>
public enum SigningKeyTable
{
    /// <summary>Keys that sign access tokens (<c>c2c_signing_key</c>).</summary>
    AccessTokens,

    /// <summary>Keys that sign e-transcripts (<c>c2c_transcript_signing_key</c>); none is ever deleted.</summary>
    Transcripts,
}
