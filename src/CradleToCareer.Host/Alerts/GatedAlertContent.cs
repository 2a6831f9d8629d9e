using System.Net;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// An alert's body that waits for a step before it is written: the handler writes a request body only on an open
/// connection to the receiver (after the TLS handshake), so the step runs exactly when the alert is about to leave.
/// </summary>
internal sealed class GatedAlertContent(byte[] body, Func<Task> beforeWriting) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await beforeWriting().WaitAsync(cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
