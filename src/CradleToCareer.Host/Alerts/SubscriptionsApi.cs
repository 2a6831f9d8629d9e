using CradleToCareer.Domain.Access;
using System.Text.RegularExpressions;
using CradleToCareer.Abstractions;
using CradleToCareer.Grains;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Host.Api;
using CradleToCareer.Host.Access;
using CradleToCareer.Application.Alerts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Webhook subscriptions (api.md; roles <c>subscriber</c> and <c>advisor</c>): create one, read it, list its
/// deliveries, stop it. Only the organization that created a subscription sees it; to anyone else it does not
/// exist (404).
/// </summary>
public static partial class SubscriptionsApi
{
    public const string SubscriberPolicy = "alert-subscriber";

    public static readonly string[] SubscriberRoles = [Roles.Subscriber, Roles.Advisor];

    /// <summary>Body of <c>POST /v1/subscriptions</c>.</summary>
    public sealed record SubscriptionRequest(string? Url, IReadOnlyList<string>? Milestones, string? Secret);

    /// <summary>The answer to a creation: the subscription and its secret, which is shown this once.</summary>
    public sealed record CreatedSubscription(
        string SubscriptionId, string Secret, string Url, IReadOnlyList<string> Milestones, DateTimeOffset CreatedAt, string Status);

    /// <summary>The most deliveries one listing shows, newest first.</summary>
    public const int DeliveriesListed = 500;

    /// <summary>The deliveries of a subscription, newest first (at most <see cref="DeliveriesListed"/>).</summary>
    public sealed record SubscriptionDeliveries(string SubscriptionId, string Status, IReadOnlyList<SubscriptionDelivery> Deliveries);

    /// <summary>
    /// One alert sent or being sent to the subscription (api.md: alert id, status, attempts, last response code).
    /// Status: <c>pending</c>, <c>delivered</c>, <c>dead</c> (the retry schedule ran out), <c>gone</c> (the receiver
    /// answered 410), <c>withheld</c> (no consent covered alerts at sending time), <c>cancelled</c> (the subscription
    /// stopped first). No person id: the receiver has it from the alert itself, and a withheld one is not theirs to know.
    /// </summary>
    public sealed record SubscriptionDelivery(
        string AlertId, string Status, int Attempts, int? LastResponseCode, DateTimeOffset QueuedAt, DateTimeOffset? LastAttemptAt,
        DateTimeOffset? NextAttemptAt);

    public static RouteGroupBuilder MapSubscriptionsApi(this RouteGroupBuilder subscriptions)
    {
        subscriptions
            .WithTags("Alerts")
            .RequireAuthorization(SubscriberPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        subscriptions.MapPost("", CreateAsync)
            .WithName("CreateSubscription")
            .WithSummary("Subscribe a webhook URL to milestone and risk alerts of the students who consent to alerts for the caller's organization")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        subscriptions.MapGet("/{subscriptionId}", GetAsync)
            .WithName("GetSubscription")
            .WithSummary("One subscription of the caller's organization")
            .Produces<SubscriptionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        subscriptions.MapGet("/{subscriptionId}/deliveries", DeliveriesAsync)
            .WithName("ListSubscriptionDeliveries")
            .WithSummary("The subscription's deliveries: alert id, status, attempts, last response code")
            .Produces<SubscriptionDeliveries>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        subscriptions.MapDelete("/{subscriptionId}", StopAsync)
            .WithName("StopSubscription")
            .WithSummary("Stop sending to the subscription; its record and deliveries stay readable")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return subscriptions;
    }

    private static async Task<Results<Created<CreatedSubscription>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SubscriptionRequest body, HttpContext context, IOptions<WebhookOptions> webhooks, IClusterClient cluster)
    {
        if (SubscriptionRules.Validate(body.Url, body.Milestones, body.Secret, webhooks.Value.AllowLoopback) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(ValidationErrors.ByPath(errors), title: "The subscription is not valid");
        }

        var secret = body.Secret ?? WebhookSecret.Generate();
        WebhookSecret.TryParse(secret, out var key);
        var subscriptionId = "s_" + Guid.NewGuid().ToString("N");
        var caller = context.User.ToCaller();
        var limit = webhooks.Value.MaxActiveSubscriptionsPerOrganization;
        var result = await cluster.Keyed<ISubscriptionGrain>(subscriptionId).CreateAsync(new NewSubscription(
            caller.OrganizationId, caller.ClientId, new Uri(body.Url!).AbsoluteUri, body.Milestones!, key, limit));
        if (result.Subscription is not { } created)
        {
            return result.Outcome == SubscriptionCreation.LimitReached
                ? TypedResults.Problem(
                    $"Your organization has {limit} active subscriptions, the most it may have; stop one (DELETE /v1/subscriptions/{{id}}) before creating another.",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Subscription limit reached")
                : TypedResults.Problem("A subscription id was drawn twice; send the request again.", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Created(
            $"/v1/subscriptions/{subscriptionId}",
            new CreatedSubscription(subscriptionId, secret, created.Url, created.Milestones, created.CreatedAt, created.Status));
    }

    private static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> GetAsync(string subscriptionId, HttpContext context, IClusterClient cluster) =>
        await OwnedAsync(subscriptionId, context, cluster) is { } subscription ? TypedResults.Ok(subscription) : NotFound();

    private static async Task<Results<Ok<SubscriptionDeliveries>, ProblemHttpResult>> DeliveriesAsync(string subscriptionId, HttpContext context, IClusterClient cluster, IDeliveryQueue queue)
    {
        if (await OwnedAsync(subscriptionId, context, cluster) is not { } subscription)
        {
            return NotFound();
        }

        var deliveries = await queue.ListAsync(subscriptionId, DeliveriesListed, context.RequestAborted);
        return TypedResults.Ok(new SubscriptionDeliveries(
            subscription.SubscriptionId,
            subscription.Status,
            [.. deliveries.Select(d => new SubscriptionDelivery(d.AlertId, d.Status, d.Attempts, d.LastResponseCode, d.QueuedAt, d.LastAttemptAt, d.NextAttemptAt))]));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StopAsync(string subscriptionId, HttpContext context, IClusterClient cluster)
    {
        if (await OwnedAsync(subscriptionId, context, cluster) is null)
        {
            return NotFound();
        }

        await cluster.Keyed<ISubscriptionGrain>(subscriptionId).StopAsync();
        return TypedResults.NoContent();
    }

    /// <summary>The subscription when it exists and belongs to the caller's organization.</summary>
    private static async Task<SubscriptionView?> OwnedAsync(string subscriptionId, HttpContext context, IClusterClient cluster) =>
        SubscriptionIdPattern().IsMatch(subscriptionId)
        && await cluster.Keyed<ISubscriptionGrain>(subscriptionId).GetAsync() is { } subscription
        && subscription.OrganizationId == context.User.ToCaller().OrganizationId
            ? subscription
            : null;

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "Your organization has no subscription with this id.", statusCode: StatusCodes.Status404NotFound, title: "Subscription not found");

    [GeneratedRegex("^s_[0-9a-f]{32}$")]
    private static partial Regex SubscriptionIdPattern();
}
