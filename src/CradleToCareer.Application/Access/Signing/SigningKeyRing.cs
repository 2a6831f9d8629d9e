using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Application.Access.Signing;

/// <summary>
/// The keys in use: the newest unretired key signs; every key not retired longer than
/// <c>retiredKeyValidity</c> (the token lifetime plus clock skew, or <see cref="RetiredKeysVerifyForever"/>)
/// still validates. Keys are ES256 (ECDSA on P-256). Call <see cref="InitializeAsync"/> once before use, and
/// <see cref="RefreshAsync"/> to pick up a rotation made by another silo.
/// The access-token ring's key ids start <c>k_</c>; the transcript ring's (<see cref="ForTranscripts"/>) start <c>tk_</c>.
/// </summary>
public sealed class SigningKeyRing
{
    /// <summary>Start of every access-token key id.</summary>
    public const string AccessTokenKeyIdPrefix = "k_";

    /// <summary>Start of every transcript key id.</summary>
    public const string TranscriptKeyIdPrefix = "tk_";

    /// <summary>
    /// Id of the access-token key made when the store holds none. Being fixed, silos that start together all try to add
    /// the same id: one wins and every silo loads that one key.
    /// </summary>
    public const string FirstKeyId = AccessTokenKeyIdPrefix + "first";

    /// <summary>Id of the transcript key made when the store holds none; fixed for the same reason as <see cref="FirstKeyId"/>.</summary>
    public const string FirstTranscriptKeyId = TranscriptKeyIdPrefix + "first";

    /// <summary>How long a retired key still validates unless told otherwise: a one-hour token plus the default clock skew.</summary>
    public static readonly TimeSpan DefaultRetiredKeyValidity = TimeSpan.FromHours(1) + TokenValidationParameters.DefaultClockSkew;

    /// <summary>A <c>retiredKeyValidity</c> under which a retired key stops signing but validates for good.</summary>
    public static readonly TimeSpan RetiredKeysVerifyForever = Timeout.InfiniteTimeSpan;

    private readonly ISigningKeyStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _retiredKeyValidity;
    private readonly string _keyIdPrefix;
    private readonly Lock _gate = new();
    private IReadOnlyList<LoadedKey>? _keys;

    /// <summary>An access-token ring whose retired keys validate for <see cref="DefaultRetiredKeyValidity"/>.</summary>
    public SigningKeyRing(ISigningKeyStore store, TimeProvider clock)
        : this(store, clock, DefaultRetiredKeyValidity)
    {
    }

    /// <summary>An access-token ring whose retired keys validate for <paramref name="retiredKeyValidity"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The validity is negative and not <see cref="RetiredKeysVerifyForever"/>.</exception>
    public SigningKeyRing(ISigningKeyStore store, TimeProvider clock, TimeSpan retiredKeyValidity)
        : this(store, clock, retiredKeyValidity, AccessTokenKeyIdPrefix)
    {
    }

    private SigningKeyRing(ISigningKeyStore store, TimeProvider clock, TimeSpan retiredKeyValidity, string keyIdPrefix)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        if (retiredKeyValidity < TimeSpan.Zero && retiredKeyValidity != RetiredKeysVerifyForever)
        {
            throw new ArgumentOutOfRangeException(
                nameof(retiredKeyValidity), retiredKeyValidity, "A retired key's validity must be zero or more, or RetiredKeysVerifyForever.");
        }

        _store = store;
        _clock = clock;
        _retiredKeyValidity = retiredKeyValidity;
        _keyIdPrefix = keyIdPrefix;
    }

    /// <summary>
    /// The ring that signs e-transcripts: key ids start <see cref="TranscriptKeyIdPrefix"/>, the first is
    /// <see cref="FirstTranscriptKeyId"/>, and a retired key verifies forever (a transcript is a long-lived document).
    /// Give it a store of its own, e.g. <see cref="PostgresSigningKeyStore"/> on <see cref="SigningKeyTable.Transcripts"/>.
    /// </summary>
    public static SigningKeyRing ForTranscripts(ISigningKeyStore store, TimeProvider clock) =>
        new(store, clock, RetiredKeysVerifyForever, TranscriptKeyIdPrefix);

    /// <summary>Signs new tokens (or transcripts): the newest unretired key, ES256.</summary>
    /// <exception cref="InvalidOperationException">Not initialised, or every key is retired.</exception>
    public SigningCredentials Current
    {
        get
        {
            var current = Loaded().FirstOrDefault(key => key.Stored.RetiredAt is null)
                ?? throw new InvalidOperationException("Every signing key is retired; rotate to make a new one.");
            return current.Credentials;
        }
    }

    /// <summary>Keys that tokens may be signed with: unretired ones and those retired within the validity window (or ever, for a forever ring).</summary>
    public IReadOnlyList<SecurityKey> ValidationKeys => [.. Validating().Select(key => key.Key)];

    /// <summary>Loads the keys; makes the first one when the store holds none.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        var stored = await _store.LoadAsync(ct);
        if (stored.Count == 0)
        {
            await _store.AddAsync(NewKey(_keyIdPrefix + "first"), ct);
            stored = await _store.LoadAsync(ct);
        }

        Use(stored);
    }

    /// <summary>
    /// Makes a new key that signs from now on and retires the ones before it; they still validate for the window.
    /// Every unretired key but the newest is retired, so silos rotating at once end with one key signing: the newest of theirs.
    /// </summary>
    public async Task RotateAsync(CancellationToken ct)
    {
        await _store.AddAsync(NewKey(_keyIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))), ct);
        var now = _clock.GetUtcNow();
        var older = SigningKeyOrder.NewestFirst(await _store.LoadAsync(ct)).Skip(1);
        foreach (var previous in older.Where(key => key.RetiredAt is null))
        {
            await _store.RetireAsync(previous.KeyId, now, ct);
        }

        Use(await _store.LoadAsync(ct));
    }

    /// <summary>Loads the keys again: another silo may have rotated.</summary>
    public async Task RefreshAsync(CancellationToken ct) => Use(await _store.LoadAsync(ct));

    /// <summary>The public halves of <see cref="ValidationKeys"/>, for <c>/.well-known/jwks.json</c>.</summary>
    public JsonWebKeySet PublicKeys()
    {
        var set = new JsonWebKeySet();
        foreach (var key in Validating())
        {
            set.Keys.Add(PublicJsonWebKey.From(key.Key));
        }

        return set;
    }

    private StoredSigningKey NewKey(string keyId)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new StoredSigningKey(keyId, ecdsa.ExportPkcs8PrivateKey(), _clock.GetUtcNow(), null);
    }

    private IEnumerable<LoadedKey> Validating()
    {
        var now = _clock.GetUtcNow();
        return Loaded().Where(key => key.Stored.RetiredAt is not { } retiredAt || StillValidates(now - retiredAt));
    }

    private bool StillValidates(TimeSpan retiredFor) =>
        _retiredKeyValidity == RetiredKeysVerifyForever || retiredFor < _retiredKeyValidity;

    private IReadOnlyList<LoadedKey> Loaded() =>
        Volatile.Read(ref _keys) ?? throw new InvalidOperationException("The signing key ring is not initialised; call InitializeAsync first.");

    private void Use(IReadOnlyList<StoredSigningKey> stored)
    {
        lock (_gate)
        {
            var known = (_keys ?? []).ToDictionary(key => key.Stored.KeyId, StringComparer.Ordinal);
            IReadOnlyList<LoadedKey> loaded =
            [
                .. SigningKeyOrder.NewestFirst(stored).Select(key => known.TryGetValue(key.KeyId, out var existing)
                    ? existing with { Stored = key }
                    : LoadedKey.From(key)),
            ];
            Volatile.Write(ref _keys, loaded);
        }
    }

    private sealed record LoadedKey(StoredSigningKey Stored, ECDsaSecurityKey Key, SigningCredentials Credentials)
    {
        public static LoadedKey From(StoredSigningKey stored)
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportPkcs8PrivateKey(stored.PrivateKeyPkcs8, out _);
            var key = new ECDsaSecurityKey(ecdsa) { KeyId = stored.KeyId };
            return new LoadedKey(stored, key, new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256));
        }
    }
}
