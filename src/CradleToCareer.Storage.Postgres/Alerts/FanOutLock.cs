namespace CradleToCareer.Storage.Postgres.Alerts;

/// <summary>
/// Keeps fan-out and the end of a subscription apart on PostgreSQL. Every alert append holds this transaction-level
/// advisory lock shared while it reads the active subscriptions and queues deliveries; ending a subscription holds it
/// exclusively. So an append that saw a subscription active has committed its deliveries before the end cancels the
/// pending ones, and an append after the end no longer sees it active: no delivery is left pending on an ended
/// subscription. A shared advisory lock costs no row write, unlike a shared row lock on the subscription.
/// </summary>
internal static class FanOutLock
{
    private const long LockId = 0x0C2C_0002;

    public static readonly string Shared = $"SELECT pg_advisory_xact_lock_shared({LockId})";

    public static readonly string Exclusive = $"SELECT pg_advisory_xact_lock({LockId})";
}
