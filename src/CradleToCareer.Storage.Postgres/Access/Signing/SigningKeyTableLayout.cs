using CradleToCareer.Application.Access.Signing;
namespace CradleToCareer.Storage.Postgres.Access.Signing;

/// <summary>
/// Where a ring's keys are stored, and what binds an encrypted private key to that ring.
/// Table names come only from here, never from input.
/// </summary>
/// <param name="TableName">The table holding the ring's keys.</param>
/// <param name="AssociatedDataPrefix">
/// Authenticated with each private key ahead of its key id, so a key sealed for one ring does not open in the other.
/// The access-token ring has none (its keys were sealed before there was a second ring); the separator is a NUL,
/// which a PostgreSQL text key id cannot contain, so the two rings' associated data never coincide.
/// </param>
internal sealed record SigningKeyTableLayout(string TableName, string AssociatedDataPrefix)
{
    private static readonly SigningKeyTableLayout AccessTokens = new("c2c_signing_key", "");
    private static readonly SigningKeyTableLayout Transcripts = new("c2c_transcript_signing_key", "transcript\0");

    public static SigningKeyTableLayout For(SigningKeyTable table) => table switch
    {
        SigningKeyTable.AccessTokens => AccessTokens,
        SigningKeyTable.Transcripts => Transcripts,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown signing-key table."),
    };
}
