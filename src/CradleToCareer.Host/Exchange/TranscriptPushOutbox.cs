using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Transcripts.Requests;
using CradleToCareer.Host.Alerts;

namespace CradleToCareer.Host.Exchange;

/// <summary>Pushes of request changes to requesters, one receiver per requesting organization.</summary>
public sealed class TranscriptPushOutbox(ITranscriptPushQueue queue, DeliverTranscriptPush deliver, TranscriptPushPulse pushQueued)
    : IWebhookOutbox<DuePush>
{
    public Task Queued => pushQueued.Next;

    public Task<IReadOnlyList<DuePush>> ClaimAsync(
        int limit, DateTimeOffset now, TimeSpan lease, IReadOnlyCollection<string> busyReceivers, CancellationToken cancellationToken) =>
        queue.ClaimAsync(limit, now, lease, busyReceivers, cancellationToken);

    public string ReceiverOf(DuePush due) => due.OrganizationId;

    public Task SendAsync(DuePush due, CancellationToken cancellationToken) => deliver.RunAsync(due, cancellationToken);

    public string Describe(DuePush due) => $"push {TranscriptRequestPush.IdOf(due.RequestId, due.Status)}";
}
