namespace CradleToCareer.Abstractions;

/// <summary>A validated request for a webhook subscription, with the caller it belongs to.</summary>
[GenerateSerializer, Immutable]
public sealed record NewSubscription(
    [property: Id(0)] string OrganizationId,
    [property: Id(1)] string ClientId,
    [property: Id(2)] string Url,
    [property: Id(3)] IReadOnlyList<string> Milestones,
    [property: Id(4)] byte[] Secret);

/// <summary>A subscription as its owner sees it; the secret is never part of it.</summary>
[GenerateSerializer, Immutable]
public sealed record SubscriptionView(
    [property: Id(0)] string SubscriptionId,
    [property: Id(1)] string OrganizationId,
    [property: Id(2)] string Url,
    [property: Id(3)] IReadOnlyList<string> Milestones,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] string Status,
    [property: Id(6)] DateTimeOffset? StoppedAt)
{
    public const string Active = "active";
    public const string Stopped = "stopped";
}

/// <summary>A subscription as its grain persists it: the secret sealed under the key-encryption key.</summary>
[GenerateSerializer]
public sealed class SubscriptionState
{
    [Id(0)]
    public SubscriptionView? Subscription { get; set; }

    [Id(1)]
    public string ClientId { get; set; } = "";

    [Id(2)]
    public byte[] SealedSecret { get; set; } = [];
}
