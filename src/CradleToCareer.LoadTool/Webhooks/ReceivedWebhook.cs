namespace CradleToCareer.LoadTool.Webhooks;

/// <summary>
/// One POST to the receiver: its Standard Webhooks headers (null when absent), its body, and the Stopwatch timestamp
/// of its arrival.
/// </summary>
public sealed record ReceivedWebhook(string? Id, string? Timestamp, string? Signature, byte[] Body, long Arrival)
{
    public bool IsSignedWith(SignatureCheck check) => check.Verify(Id, Timestamp, Signature, Body);
}
