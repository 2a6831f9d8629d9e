using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// Requests sent with a delivery URL: each 202's secret is handed to the receiver; a 202 without a usable
/// <c>delivery.secret</c> is counted, since its pushes cannot be verified.
/// </summary>
public sealed class PushedRequests(PushSecrets secrets)
{
    private long _withoutSecret;

    public long WithoutSecret => Interlocked.Read(ref _withoutSecret);

    public void Accepted(RequestAnswer answer)
    {
        try
        {
            secrets.Known(answer.RequestId, SignatureCheck.FromSecret(answer.DeliverySecret ?? ""));
        }
        catch (ToolException)
        {
            Interlocked.Increment(ref _withoutSecret);
        }
    }
}
