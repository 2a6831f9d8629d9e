using CradleToCareer.Abstractions;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Grains;

/// <summary>
/// A webhook subscription. Its row in the subscription store is the record (alert fan-out reads it there, in the
/// same transaction that records an alert); the grain keeps it for its activation and is the one place it changes.
/// The secret is stored sealed.
/// </summary>
public sealed class SubscriptionGrain(ISubscriptionStore store, WebhookSecretSealer secrets, TimeProvider clock)
    : Grain, ISubscriptionGrain
{
    private StoredSubscription? _subscription;

    private string SubscriptionId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) =>
        _subscription = await store.FindAsync(SubscriptionId, cancellationToken);

    public async Task<SubscriptionCreationResult> CreateAsync(NewSubscription request)
    {
        if (_subscription is not null)
        {
            return new SubscriptionCreationResult(SubscriptionCreation.IdTaken, null);
        }

        var subscription = new StoredSubscription(
            SubscriptionId, request.OrganizationId, request.ClientId, request.Url, [.. request.Milestones],
            secrets.Seal(SubscriptionId, request.Secret), clock.GetUtcNow(), SubscriptionStatus.Active, null);
        var outcome = await store.CreateAsync(subscription, request.ActiveLimit, CancellationToken.None);
        if (outcome != SubscriptionCreation.Created)
        {
            return new SubscriptionCreationResult(outcome, null);
        }

        _subscription = subscription;
        return new SubscriptionCreationResult(outcome, View(subscription));
    }

    public Task<SubscriptionView?> GetAsync() => Task.FromResult(View(_subscription));

    public Task<SubscriptionView?> StopAsync() => EndAsync(SubscriptionStatus.Stopped);

    public Task<SubscriptionView?> DisableAsync() => EndAsync(SubscriptionStatus.Disabled);

    private async Task<SubscriptionView?> EndAsync(string status)
    {
        if (_subscription is not { Status: SubscriptionStatus.Active })
        {
            return View(_subscription);
        }

        _subscription = await store.EndAsync(SubscriptionId, status, clock.GetUtcNow(), CancellationToken.None);
        return View(_subscription);
    }

    private static SubscriptionView? View(StoredSubscription? subscription) =>
        subscription is null
            ? null
            : new SubscriptionView(
                subscription.SubscriptionId, subscription.OrganizationId, subscription.Url, subscription.Milestones,
                subscription.CreatedAt, subscription.Status, subscription.EndedAt);
}
