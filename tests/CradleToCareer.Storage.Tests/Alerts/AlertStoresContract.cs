using System.Text;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Rules;
using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Storage.Tests.Alerts;

/// <summary>The four alert stores of one implementation, sharing their data.</summary>
public sealed record AlertStores(IAlertLog Log, ISubscriptionStore Subscriptions, IDeliveryQueue Deliveries, IAlertSweepCursor Cursor);

/// <summary>
/// The behaviour every implementation of the alert stores shares; each runs it through a subclass. The tests are split
/// by store over the partial files; this part makes fresh stores per test, and sample entries and subscriptions.
/// </summary>
public abstract partial class AlertStoresContract : IAsyncLifetime
{
    protected const string Graduated = MilestoneIds.Graduated;
    protected const string Enrolled = MilestoneIds.PostsecondaryEnrolled;
    protected const string LowGpa = RiskFlagIds.LowGpa;

    protected static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Whole microseconds, as PostgreSQL keeps them.</summary>
    protected static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 5, 2, 17, 3, 11, TimeSpan.Zero).AddTicks(2_017_450);

    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private AlertStores? _stores;

    protected IAlertLog Log => Stores.Log;

    protected ISubscriptionStore Subscriptions => Stores.Subscriptions;

    protected IDeliveryQueue Deliveries => Stores.Deliveries;

    protected IAlertSweepCursor Cursor => Stores.Cursor;

    private AlertStores Stores => _stores ?? throw new InvalidOperationException("The stores are not created yet.");

    protected abstract Task<AlertStores> CreateStoresAsync();

    public async Task InitializeAsync() => _stores = await CreateStoresAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static NewLedgerEntry Entry(string personId, string milestoneId, LedgerMark mark, int occurrence = 1, DateTimeOffset? recordedAt = null)
    {
        var entry = new LedgerEntry(personId, milestoneId, mark, new DateOnly(2026, 6, 12), occurrence);
        return new NewLedgerEntry(entry, entry.IsAnnounced ? BodyOf(entry) : null, recordedAt ?? T0);
    }

    protected static NewLedgerEntry Reached(string personId, string milestoneId = Graduated, int occurrence = 1, DateTimeOffset? recordedAt = null) =>
        Entry(personId, milestoneId, LedgerMark.MilestoneReached, occurrence, recordedAt);

    /// <summary>Keys out of order and odd spacing: bytes that a re-encoding would not keep.</summary>
    protected static byte[] BodyOf(LedgerEntry entry) => Encoding.UTF8.GetBytes(
        $$$"""{"type":"{{{LedgerMarks.NameOf(entry.Mark)}}}", "id":"{{{entry.AlertId}}}","data":{"personId":"{{{entry.PersonId}}}","milestoneId":"{{{entry.MilestoneId}}}"}}""");

    protected static StoredSubscription Subscription(string subscriptionId, params string[] milestones) => new(
        subscriptionId, "org_" + subscriptionId, "c_" + subscriptionId, $"https://hooks.example.org/{subscriptionId}", milestones,
        Encoding.UTF8.GetBytes("sealed " + subscriptionId), T0.AddDays(-1), SubscriptionStatus.Active, null);

    /// <summary>A limit of active subscriptions per organization that the tests never reach unless they mean to.</summary>
    protected const int NoLimit = 1_000;

    protected async Task SubscribeAsync(string subscriptionId, params string[] milestones) =>
        Assert.Equal(SubscriptionCreation.Created, await Subscriptions.CreateAsync(Subscription(subscriptionId, milestones), NoLimit, None));

    /// <summary>Appends the entries and returns the ids of the alerts the append recorded.</summary>
    protected async Task<IReadOnlyList<string>> AppendAsync(params NewLedgerEntry[] entries) =>
        [.. (await Log.AppendAsync(entries, None)).Select(a => a.AlertId)];

    protected async Task<IReadOnlyList<string>> ClaimIdsAsync(DateTimeOffset now, params string[] busy) =>
        [.. (await Deliveries.ClaimAsync(10, now, Lease, busy, None)).Select(d => d.AlertId)];

    /// <summary>The ids of a subscription's deliveries with the given status, oldest alert first.</summary>
    protected async Task<IReadOnlyList<string>> DeliveryIdsAsync(string subscriptionId, string status) =>
        [.. (await Deliveries.ListAsync(subscriptionId, 100, None)).Where(d => d.Status == status).Select(d => d.AlertId).Reverse()];

    protected static DeliveryUpdate Delivered(string subscriptionId, string alertId, DateTimeOffset at) =>
        new(subscriptionId, alertId, DeliveryStatus.Delivered, 1, 200, at, at, null);

    protected static DeliveryUpdate Retry(string subscriptionId, string alertId, DateTimeOffset at, DateTimeOffset next) =>
        new(subscriptionId, alertId, DeliveryStatus.Pending, 1, 503, at, at, next);
}
