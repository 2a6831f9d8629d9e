namespace CradleToCareer.Application.Access;

/// <summary>
/// A registered OAuth client: who it is, which organization owns it, and its roles. Never carries the secret;
/// <see cref="SecretStamp"/> only tells one secret from the next, so a token can name the secret it was issued under.
/// </summary>
public sealed record ClientRecord(string ClientId, string OrganizationId, IReadOnlyList<string> Roles)
{
    /// <summary>When an admin disabled the client; a disabled client gets no token and its tokens stop working.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>When the secret was last replaced (rotation, or a changed bootstrap secret); null while it is the first.</summary>
    public DateTimeOffset? SecretChangedAt { get; init; }

    /// <summary>A short digest of the stored secret hash: it changes with every new secret and reveals nothing of it.</summary>
    public string SecretStamp { get; init; } = "";
}
