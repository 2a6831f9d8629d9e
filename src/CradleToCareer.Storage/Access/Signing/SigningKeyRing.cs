using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Storage.Access.Signing;

/// <summary>
/// The keys in use: the newest unretired key signs; every key not retired longer than
/// <c>retiredKeyValidity</c> (the token lifetime plus clock skew) still validates.
/// Keys are ES256 (ECDSA on P-256). Call <see cref="InitializeAsync"/> once before use, and
/// <see cref="RefreshAsync"/> to pick up a rotation made by another silo.
/// </summary>
public sealed class SigningKeyRing(ISigningKeyStore store, TimeProvider clock, TimeSpan retiredKeyValidity)
{
    /// <summary>
    /// Id of the key made when the store holds none. Being fixed, silos that start together all try to add
    /// the same id: one wins and every silo loads that one key.
    /// </summary>
    public const string FirstKeyId = "k_first";

    /// <summary>How long a retired key still validates unless told otherwise: a one-hour token plus the default clock skew.</summary>
    public static readonly TimeSpan DefaultRetiredKeyValidity = TimeSpan.FromHours(1) + TokenValidationParameters.DefaultClockSkew;

    private readonly Lock _gate = new();
    private IReadOnlyList<LoadedKey>? _keys;

    public SigningKeyRing(ISigningKeyStore store, TimeProvider clock)
        : this(store, clock, DefaultRetiredKeyValidity)
    {
    }

    /// <summary>Signs new tokens: the newest unretired key, ES256.</summary>
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

    /// <summary>Keys that tokens may be signed with: unretired ones and those retired within the validity window.</summary>
    public IReadOnlyList<SecurityKey> ValidationKeys => [.. Validating().Select(key => key.Key)];

    /// <summary>Loads the keys; makes the first one when the store holds none.</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        var stored = await store.LoadAsync(ct);
        if (stored.Count == 0)
        {
            await store.AddAsync(NewKey(FirstKeyId), ct);
            stored = await store.LoadAsync(ct);
        }

        Use(stored);
    }

    /// <summary>
    /// Makes a new key that signs from now on and retires the ones before it; they still validate for the window.
    /// Every unretired key but the newest is retired, so silos rotating at once end with one key signing: the newest of theirs.
    /// </summary>
    public async Task RotateAsync(CancellationToken ct)
    {
        await store.AddAsync(NewKey($"k_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}"), ct);
        var now = clock.GetUtcNow();
        var older = SigningKeyOrder.NewestFirst(await store.LoadAsync(ct)).Skip(1);
        foreach (var previous in older.Where(key => key.RetiredAt is null))
        {
            await store.RetireAsync(previous.KeyId, now, ct);
        }

        Use(await store.LoadAsync(ct));
    }

    /// <summary>Loads the keys again: another silo may have rotated.</summary>
    public async Task RefreshAsync(CancellationToken ct) => Use(await store.LoadAsync(ct));

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
        return new StoredSigningKey(keyId, ecdsa.ExportPkcs8PrivateKey(), clock.GetUtcNow(), null);
    }

    private IEnumerable<LoadedKey> Validating()
    {
        var oldestRetirementStillValid = clock.GetUtcNow() - retiredKeyValidity;
        return Loaded().Where(key => key.Stored.RetiredAt is not { } retiredAt || retiredAt > oldestRetirementStillValid);
    }

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
