namespace CradleToCareer.Application.Access;

/// <summary>A newly created client with its secret in clear: the only time the secret is ever available.</summary>
public sealed record IssuedClient(ClientRecord Client, string ClientSecret);
