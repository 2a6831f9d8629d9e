using CradleToCareer.Abstractions;
using CradleToCareer.Storage.Alerts;

namespace CradleToCareer.Grains;

/// <summary>A webhook subscription, persisted under its own state name; its secret is kept sealed.</summary>
public sealed class SubscriptionGrain(
    WebhookSecretSealer secrets,
    TimeProvider clock,
    [PersistentState("webhook-subscription")] IPersistentState<SubscriptionState> state)
    : Grain, ISubscriptionGrain
{
    public async Task<SubscriptionView?> CreateAsync(NewSubscription request)
    {
        if (state.State.Subscription is not null)
        {
            return null;
        }

        var id = this.GetPrimaryKeyString();
        state.State.Subscription = new SubscriptionView(
            // A plain array: grain storage writes JSON with type names, and a compiler-made list type has none it can read back.
            id, request.OrganizationId, request.Url, request.Milestones.ToArray(), clock.GetUtcNow(), SubscriptionView.Active, null);
        state.State.ClientId = request.ClientId;
        state.State.SealedSecret = secrets.Seal(id, request.Secret);
        await state.WriteStateAsync();
        return state.State.Subscription;
    }

    public Task<SubscriptionView?> GetAsync() => Task.FromResult(state.State.Subscription);

    public async Task<SubscriptionView?> StopAsync()
    {
        if (state.State.Subscription is not { Status: SubscriptionView.Active } active)
        {
            return state.State.Subscription;
        }

        state.State.Subscription = active with { Status = SubscriptionView.Stopped, StoppedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        return state.State.Subscription;
    }
}
