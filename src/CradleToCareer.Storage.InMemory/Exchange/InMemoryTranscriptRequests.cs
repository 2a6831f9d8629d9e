using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Storage.InMemory.Exchange;

/// <summary>
/// The embedded default's transcript requests and push outbox, in process memory, with the PostgreSQL store's rules:
/// a move happens only from a status it may happen from and queues its push in the same step; a request's pushes
/// leave in order.
/// </summary>
public sealed class InMemoryTranscriptRequests : ITranscriptRequestStore, ITranscriptPushQueue
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Kept> _requests = new(StringComparer.Ordinal);
    private readonly List<Push> _pushes = [];
    private readonly HashSet<string> _declined = new(StringComparer.Ordinal);

    public Task AddAsync(TranscriptRequestRecord request, byte[]? sealedSecret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (!_requests.TryAdd(request.RequestId, new Kept(request, sealedSecret)))
            {
                throw new InvalidOperationException($"Transcript request {request.RequestId} is kept already.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<TranscriptRequestRecord?> FindAsync(string requestId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_requests.TryGetValue(requestId, out var kept) ? kept.Request : null);
        }
    }

    public Task<TranscriptRequestRecord?> FindByTranscriptAsync(string transcriptId, CancellationToken cancellationToken) =>
        Task.FromResult(Where(request => request.TranscriptId == transcriptId).FirstOrDefault());

    public Task<IReadOnlyList<TranscriptRequestRecord>> ListAsync(
        string organizationId, string? status, string? after, int limit, CancellationToken cancellationToken)
    {
        var newestFirst = Where(request => request.OrganizationId == organizationId)
            .OrderByDescending(request => request.ReceivedAt).ThenByDescending(request => request.RequestId, StringComparer.Ordinal)
            .ToList();
        var start = after is null ? 0 : newestFirst.FindIndex(request => request.RequestId == after) + 1;
        IReadOnlyList<TranscriptRequestRecord> page = after is not null && start == 0
            ? []
            : [.. newestFirst.Skip(start).Where(request => status is null || request.Status == status).Take(limit)];
        return Task.FromResult(page);
    }

    public Task<bool> MoveAsync(RequestMove move, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(move);
        lock (_gate)
        {
            if (!_requests.TryGetValue(move.RequestId, out var kept) || !move.From.Contains(kept.Request.Status, StringComparer.Ordinal))
            {
                return Task.FromResult(false);
            }

            var request = kept.Request;
            _requests[move.RequestId] = kept with
            {
                Request = request with
                {
                    Status = move.Change.Status,
                    PersonId = move.PersonId ?? request.PersonId,
                    TranscriptId = move.TranscriptId ?? request.TranscriptId,
                    History = [.. request.History, move.Change],
                },
            };
            if (move.Push is { } body && kept.SealedSecret is not null)
            {
                _pushes.Add(new Push(move.RequestId, move.Change.Status, body, move.Change.At));
            }

            return Task.FromResult(true);
        }
    }

    public Task ResolveAsync(string requestId, string personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_requests.TryGetValue(requestId, out var kept) && kept.Request.Status == TranscriptRequestStatus.AwaitingConsent)
            {
                _requests[requestId] = kept with { Request = kept.Request with { PersonId = personId } };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TranscriptRequestRecord>> AwaitingAsync(string organizationId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TranscriptRequestRecord>>(OldestFirst(request =>
            request.OrganizationId == organizationId && request.PersonId == personId && request.Status == TranscriptRequestStatus.AwaitingConsent));

    public Task<IReadOnlyList<TranscriptRequestRecord>> WaitingForAsync(string personId, CancellationToken cancellationToken)
    {
        HashSet<string> declined;
        lock (_gate)
        {
            declined = [.. _declined];
        }

        return Task.FromResult<IReadOnlyList<TranscriptRequestRecord>>(OldestFirst(request =>
            request.PersonId == personId && request.Status == TranscriptRequestStatus.AwaitingConsent
            && !declined.Contains(request.RequestId)));
    }

    public Task<bool> DeclineAsync(string requestId, string personId, DateTimeOffset declinedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var waiting = _requests.TryGetValue(requestId, out var kept)
                && kept.Request.PersonId == personId && kept.Request.Status == TranscriptRequestStatus.AwaitingConsent;
            if (waiting)
            {
                _declined.Add(requestId);
            }

            return Task.FromResult(waiting);
        }
    }

    public Task<IReadOnlyList<TranscriptRequestRecord>> InStatusAsync(
        string status, DateTimeOffset receivedBefore, string? after, int limit, CancellationToken cancellationToken)
    {
        var oldestFirst = OldestFirst(request => request.Status == status && request.ReceivedAt < receivedBefore);
        var start = after is null ? 0 : oldestFirst.FindIndex(request => request.RequestId == after) + 1;
        return Task.FromResult<IReadOnlyList<TranscriptRequestRecord>>([.. oldestFirst.Skip(start).Take(limit)]);
    }

    public Task<IReadOnlyList<DuePush>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busyOrganizations, CancellationToken cancellationToken)
    {
        var claimed = new List<DuePush>();
        lock (_gate)
        {
            var firstPending = _pushes.Where(push => push.State == DeliveryStatus.Pending).DistinctBy(push => push.RequestId).ToList();
            foreach (var push in firstPending.Where(push => push.NextAttemptAt <= now && !(push.LeasedUntil > now)).OrderBy(push => push.NextAttemptAt))
            {
                var kept = _requests[push.RequestId];
                if (claimed.Count == limit || busyOrganizations.Contains(kept.Request.OrganizationId))
                {
                    continue;
                }

                push.LeasedUntil = now + lease;
                claimed.Add(new DuePush(
                    push.RequestId, push.Status, kept.Request.OrganizationId, kept.Request.ClientId, kept.Request.PersonId,
                    kept.Request.Request.DeliveryUrl!, kept.SealedSecret!, push.Body, push.Attempts, push.FirstAttemptAt));
            }
        }

        return Task.FromResult<IReadOnlyList<DuePush>>(claimed);
    }

    public Task CompleteAsync(PushUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_gate)
        {
            if (_pushes.Find(push => push.RequestId == update.RequestId && push.Status == update.Status) is { State: DeliveryStatus.Pending } push)
            {
                push.State = update.PushStatus;
                push.Attempts = update.Attempts;
                push.FirstAttemptAt = update.FirstAttemptAt;
                push.NextAttemptAt = update.NextAttemptAt;
                push.LeasedUntil = null;
            }
        }

        return Task.CompletedTask;
    }

    private List<TranscriptRequestRecord> Where(Func<TranscriptRequestRecord, bool> condition)
    {
        lock (_gate)
        {
            return [.. _requests.Values.Select(kept => kept.Request).Where(condition)];
        }
    }

    private List<TranscriptRequestRecord> OldestFirst(Func<TranscriptRequestRecord, bool> condition) =>
        [.. Where(condition).OrderBy(request => request.ReceivedAt).ThenBy(request => request.RequestId, StringComparer.Ordinal)];

    private sealed record Kept(TranscriptRequestRecord Request, byte[]? SealedSecret);

    /// <summary>One push in the outbox; changed only under the store's lock.</summary>
    private sealed class Push(string requestId, string status, byte[] body, DateTimeOffset queuedAt)
    {
        public string RequestId { get; } = requestId;

        public string Status { get; } = status;

        public byte[] Body { get; } = body;

        public string State { get; set; } = DeliveryStatus.Pending;

        public int Attempts { get; set; }

        public DateTimeOffset? FirstAttemptAt { get; set; }

        public DateTimeOffset? NextAttemptAt { get; set; } = queuedAt;

        public DateTimeOffset? LeasedUntil { get; set; }
    }
}
