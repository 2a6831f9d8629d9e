using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Application.Exchange;

/// <summary>
/// The durable outbox of pushes to requesters, one per (request, status). Like the alert outbox, any silo may claim
/// what is due, a claim is a lease, and a request's pushes leave in the order of its changes.
/// </summary>
public interface ITranscriptPushQueue
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> pending pushes that are due and not leased, each the oldest pending one of
    /// its request, of organizations not in <paramref name="busyOrganizations"/>, until now + <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<DuePush>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busyOrganizations, CancellationToken cancellationToken);

    /// <summary>Records an attempt's outcome (or a decision not to send) and releases the lease.</summary>
    Task CompleteAsync(PushUpdate update, CancellationToken cancellationToken);
}

/// <summary>A leased push with everything needed to send it.</summary>
public sealed record DuePush(
    string RequestId,
    string Status,
    string OrganizationId,
    string ClientId,
    string? PersonId,
    string Url,
    byte[] SealedSecret,
    byte[] Body,
    int Attempts,
    DateTimeOffset? FirstAttemptAt);

/// <summary>The state of a push after an attempt or a decision: <see cref="DeliveryStatus"/> values.</summary>
public sealed record PushUpdate(
    string RequestId, string Status, string PushStatus, int Attempts, int? LastResponseCode, DateTimeOffset? FirstAttemptAt,
    DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt);
