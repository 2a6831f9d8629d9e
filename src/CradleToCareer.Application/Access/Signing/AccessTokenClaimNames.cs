namespace CradleToCareer.Application.Access.Signing;

/// <summary>The claim names our access tokens carry besides the registered JWT ones.</summary>
public static class AccessTokenClaimNames
{
    public const string ClientId = "client_id";
    public const string Organization = "org";
    public const string Role = "role";
    public const string Scope = "scope";

    /// <summary>The stamp of the client secret the token was issued under (<see cref="ClientRecord.SecretStamp"/>).</summary>
    public const string SecretStamp = "secret_stamp";
}
