namespace CradleToCareer.Host.Sessions;

/// <summary>
/// Staff sign-in to the pages through an external OpenID Connect provider (<c>C2C:Web:OpenIdConnect</c>; people.md,
/// Signing in): off unless <see cref="Authority"/>, <see cref="ClientId"/> and <see cref="ClientSecret"/> are all set.
/// The provider only proves who the person is: an admin still creates the staff account, under the user name the
/// provider gives in <see cref="UsernameClaim"/>.
/// </summary>
public sealed class ExternalSignInOptions
{
    public const string Section = "C2C:Web:OpenIdConnect";

    /// <summary>The provider's issuer URL; its discovery document is read from <c>.well-known/openid-configuration</c> under it.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The claim of the ID token that holds the staff account's user name. With <c>email</c>, the token must also say
    /// <c>email_verified: true</c>, or the sign-in is refused.
    /// </summary>
    public string UsernameClaim { get; set; } = "preferred_username";

    /// <summary>The provider's name on the sign-in page's button: "Sign in with …".</summary>
    public string DisplayName { get; set; } = "your organization's account";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when any of the three keys that turn it on is set; the validator then requires all three.</summary>
    public bool IsConfigured => RequiredKeys().Any(key => key.Value is not null);

    /// <summary>True when all three keys that turn it on are set.</summary>
    public bool IsOn => RequiredKeys().All(key => key.Value is not null);

    /// <summary>The keys that turn it on, each with its value, or null when it is unset or blank.</summary>
    public IEnumerable<(string Key, string? Value)> RequiredKeys()
    {
        yield return (nameof(Authority), Set(Authority));
        yield return (nameof(ClientId), Set(ClientId));
        yield return (nameof(ClientSecret), Set(ClientSecret));
    }

    private static string? Set(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
