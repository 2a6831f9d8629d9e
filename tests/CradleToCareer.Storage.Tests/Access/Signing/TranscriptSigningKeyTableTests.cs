using CradleToCareer.Storage.Postgres.Access.Signing;
using System.Security.Cryptography;
using System.Text;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Storage.Tests.Access.Signing;

[Collection(PostgresCollection.Name)]
public sealed class TranscriptSigningKeyTableTests(PostgresFixture postgres)
{
    private const string AccessTable = "c2c_signing_key";
    private const string TranscriptTable = "c2c_transcript_signing_key";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly byte[] _keyEncryptionKey = RandomNumberGenerator.GetBytes(32);
    private readonly FakeClock _clock = FakeClock.AtRealNow();

    [Fact]
    public async Task The_first_transcript_key_is_tk_first_and_lives_only_in_the_transcript_table()
    {
        var connectionString = await DatabaseAsync("transcript_keys_first");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var ring = TranscriptRing(dataSource);

        await ring.InitializeAsync(None);

        Assert.Equal("tk_first", ring.Current.Key.KeyId);
        Assert.Equal("tk_first", await TestDatabase.ScalarAsync<string>(connectionString, $"SELECT string_agg(key_id, ',') FROM {TranscriptTable}"));
        Assert.Equal(0, await TestDatabase.ScalarAsync<long>(connectionString, $"SELECT count(*) FROM {AccessTable}"));
    }

    [Fact]
    public async Task After_rotation_the_new_key_signs_and_the_old_one_verifies_years_later_on_every_silo()
    {
        await using var dataSource = NpgsqlDataSource.Create(await DatabaseAsync("transcript_keys_rotate"));
        var signer = TranscriptRing(dataSource);
        var verifier = TranscriptRing(dataSource);
        await signer.InitializeAsync(None);
        await verifier.InitializeAsync(None);
        var signedBefore = TranscriptSignatures.Sign(signer);

        await signer.RotateAsync(None);
        var signedAfter = TranscriptSignatures.Sign(signer);
        _clock.Advance(TimeSpan.FromDays(365 * 40));
        await verifier.RefreshAsync(None);

        Assert.StartsWith("tk_", signer.Current.Key.KeyId);
        Assert.NotEqual("tk_first", signer.Current.Key.KeyId);
        Assert.Equal(signer.Current.Key.KeyId, verifier.Current.Key.KeyId);
        Assert.Equal([signer.Current.Key.KeyId, "tk_first"], verifier.PublicKeys().Keys.Select(key => key.Kid));
        Assert.True((await TranscriptSignatures.VerifyAsync(signedBefore, verifier.PublicKeys().Keys)).IsValid);
        Assert.True((await TranscriptSignatures.VerifyAsync(signedAfter, verifier.PublicKeys().Keys)).IsValid);
    }

    [Fact]
    public async Task Rotating_one_ring_does_not_touch_the_other()
    {
        await using var dataSource = NpgsqlDataSource.Create(await DatabaseAsync("transcript_keys_apart"));
        var accessStore = new PostgresSigningKeyStore(dataSource, _keyEncryptionKey);
        var transcriptStore = new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, SigningKeyTable.Transcripts);
        var accessRing = new SigningKeyRing(accessStore, _clock);
        var transcriptRing = SigningKeyRing.ForTranscripts(transcriptStore, _clock);
        await accessRing.InitializeAsync(None);
        await transcriptRing.InitializeAsync(None);

        await transcriptRing.RotateAsync(None);
        await transcriptRing.RotateAsync(None);
        var accessKeys = await accessStore.LoadAsync(None);
        var transcriptKeysBefore = Describe(await transcriptStore.LoadAsync(None));
        await accessRing.RotateAsync(None);

        var onlyAccessKey = Assert.Single(accessKeys);
        Assert.Equal("k_first", onlyAccessKey.KeyId);
        Assert.Null(onlyAccessKey.RetiredAt);
        Assert.Equal(transcriptKeysBefore, Describe(await transcriptStore.LoadAsync(None)));
        Assert.All(await accessStore.LoadAsync(None), key => Assert.StartsWith("k_", key.KeyId));
        Assert.Equal(3, (await transcriptStore.LoadAsync(None)).Count);
    }

    [Theory]
    [InlineData(SigningKeyTable.Transcripts, SigningKeyTable.AccessTokens)]
    [InlineData(SigningKeyTable.AccessTokens, SigningKeyTable.Transcripts)]
    public async Task A_key_sealed_for_one_ring_does_not_open_in_the_other(SigningKeyTable sealedFor, SigningKeyTable movedTo)
    {
        var connectionString = await DatabaseAsync("transcript_keys_moved");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, sealedFor).AddAsync(NewKey("shared_id"), None);
        await TestDatabase.ExecuteAsync(connectionString, $"INSERT INTO {TableOf(movedTo)} SELECT * FROM {TableOf(sealedFor)}");

        var error = await Assert.ThrowsAsync<SigningKeyDecryptionException>(
            () => new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, movedTo).LoadAsync(None));

        Assert.Equal("shared_id", error.KeyId);
        Assert.Single(await new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, sealedFor).LoadAsync(None));
    }

    [Fact]
    public async Task An_access_key_sealed_before_there_were_two_rings_still_opens()
    {
        var connectionString = await DatabaseAsync("transcript_keys_legacy");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var key = NewKey("k_legacy");
        await TestDatabase.ExecuteAsync(
            connectionString,
            $"INSERT INTO {AccessTable} (key_id, public_key, encrypted_private_key, created_at) VALUES (@id, @public, @private, @created)",
            ("id", key.KeyId),
            ("public", PublicKeyOf(key)),
            ("private", SealedWithTheKeyIdAlone(key)),
            ("created", key.CreatedAt));

        var loaded = Assert.Single(await new PostgresSigningKeyStore(dataSource, _keyEncryptionKey).LoadAsync(None));

        Assert.Equal(key.PrivateKeyPkcs8, loaded.PrivateKeyPkcs8);
    }

    [Theory]
    [InlineData("DELETE FROM c2c_transcript_signing_key")]
    [InlineData("TRUNCATE c2c_transcript_signing_key")]
    [InlineData("UPDATE c2c_transcript_signing_key SET retired_at = NULL WHERE retired_at IS NOT NULL")]
    [InlineData("UPDATE c2c_transcript_signing_key SET retired_at = retired_at + interval '1 day' WHERE retired_at IS NOT NULL")]
    [InlineData("UPDATE c2c_transcript_signing_key SET public_key = '\\x00'::bytea")]
    [InlineData("UPDATE c2c_transcript_signing_key SET created_at = created_at - interval '1 day'")]
    [InlineData("UPDATE c2c_transcript_signing_key SET key_id = key_id || '_moved'")]
    [InlineData("UPDATE c2c_transcript_signing_key SET encrypted_private_key = '\\x00'::bytea, retired_at = now() WHERE retired_at IS NULL")]
    public async Task Transcript_keys_may_be_retired_but_never_removed_or_altered(string sql)
    {
        var connectionString = await DatabaseAsync("transcript_keys_kept");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, SigningKeyTable.Transcripts);
        var ring = SigningKeyRing.ForTranscripts(store, _clock);
        await ring.InitializeAsync(None);
        await ring.RotateAsync(None);
        var before = Describe(await store.LoadAsync(None));

        var error = await Assert.ThrowsAsync<PostgresException>(() => TestDatabase.ExecuteAsync(connectionString, sql));

        Assert.Contains("keeps every key", error.MessageText);
        Assert.Equal(before, Describe(await store.LoadAsync(None)));
    }

    [Fact]
    public async Task An_unknown_table_is_refused()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=unused");

        Assert.Throws<ArgumentOutOfRangeException>(() => new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, (SigningKeyTable)7));
    }

    private Task<string> DatabaseAsync(string prefix) => TestDatabase.CreateMigratedAsync(postgres.CreateDatabaseAsync, prefix);

    private SigningKeyRing TranscriptRing(NpgsqlDataSource dataSource) =>
        SigningKeyRing.ForTranscripts(new PostgresSigningKeyStore(dataSource, _keyEncryptionKey, SigningKeyTable.Transcripts), _clock);

    private static string TableOf(SigningKeyTable table) => table == SigningKeyTable.Transcripts ? TranscriptTable : AccessTable;

    private static List<string> Describe(IEnumerable<StoredSigningKey> keys) =>
        [.. keys.Select(key => $"{key.KeyId} {Convert.ToHexString(key.PrivateKeyPkcs8)} {key.CreatedAt:O} {key.RetiredAt:O}")];

    private StoredSigningKey NewKey(string keyId)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new StoredSigningKey(keyId, ecdsa.ExportPkcs8PrivateKey(), _clock.GetUtcNow(), null);
    }

    private static byte[] PublicKeyOf(StoredSigningKey key)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKeyPkcs8, out _);
        return ecdsa.ExportSubjectPublicKeyInfo();
    }

    /// <summary>The at-rest form the access-token ring has always written: nonce, ciphertext, tag, with the key id alone as associated data.</summary>
    private byte[] SealedWithTheKeyIdAlone(StoredSigningKey key)
    {
        const int nonceSize = 12;
        const int tagSize = 16;
        var plain = key.PrivateKeyPkcs8;
        var @sealed = new byte[nonceSize + plain.Length + tagSize];
        RandomNumberGenerator.Fill(@sealed.AsSpan(0, nonceSize));
        using var aes = new AesGcm(_keyEncryptionKey, tagSize);
        aes.Encrypt(
            @sealed.AsSpan(0, nonceSize),
            plain,
            @sealed.AsSpan(nonceSize, plain.Length),
            @sealed.AsSpan(nonceSize + plain.Length),
            Encoding.UTF8.GetBytes(key.KeyId));
        return @sealed;
    }
}
