using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Abstractions;

/// <summary>
/// A validated request for a webhook subscription, with the caller it belongs to, and how many active subscriptions
/// the organization may have at most (<see cref="ActiveLimit"/>, this one included).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NewSubscription(
    [property: Id(0)] string OrganizationId,
    [property: Id(1)] string ClientId,
    [property: Id(2)] string Url,
    [property: Id(3)] IReadOnlyList<string> Milestones,
    [property: Id(4)] byte[] Secret,
    [property: Id(5)] int ActiveLimit);

/// <summary>What came of a creation, and the subscription when it was created.</summary>
[GenerateSerializer, Immutable]
public sealed record SubscriptionCreationResult(
    [property: Id(0)] SubscriptionCreation Outcome,
    [property: Id(1)] SubscriptionView? Subscription);

/// <summary>
/// A subscription as its owner sees it; the secret is never part of it. <see cref="Status"/> is <c>active</c>,
/// <c>stopped</c> (by its owner) or <c>disabled</c> (its receiver answered <c>410 Gone</c>); <see cref="StoppedAt"/>
/// is when sending stopped, either way.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SubscriptionView(
    [property: Id(0)] string SubscriptionId,
    [property: Id(1)] string OrganizationId,
    [property: Id(2)] string Url,
    [property: Id(3)] IReadOnlyList<string> Milestones,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] string Status,
    [property: Id(6)] DateTimeOffset? StoppedAt);
