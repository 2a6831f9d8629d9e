namespace CradleToCareer.Application.Access.Signing;

/// <summary>The one order every store returns keys in: newest first, ties broken by key id.</summary>
public static class SigningKeyOrder
{
    public static IEnumerable<StoredSigningKey> NewestFirst(IEnumerable<StoredSigningKey> keys) =>
        keys.OrderByDescending(key => key.CreatedAt).ThenBy(key => key.KeyId, StringComparer.Ordinal);
}
