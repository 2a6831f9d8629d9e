using System.Collections.Concurrent;
using CradleToCareer.LoadTool.Webhooks;

namespace CradleToCareer.LoadTool.TranscriptRequests;

/// <summary>
/// The signing secret of each request, known once its <c>202</c> has been read. A push may come first (the service
/// sends it as soon as the status changes), so the receiver waits for the secret a little while.
/// </summary>
public sealed class PushSecrets
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SignatureCheck>> _byRequest = new(StringComparer.Ordinal);

    public void Known(string requestId, SignatureCheck check) => Slot(requestId).TrySetResult(check);

    /// <summary>The request's secret, or null when it is not known within <paramref name="wait"/>.</summary>
    public async Task<SignatureCheck?> WaitAsync(string requestId, TimeSpan wait)
    {
        var slot = Slot(requestId).Task;
        return await Task.WhenAny(slot, Task.Delay(wait)) == slot ? await slot : null;
    }

    private TaskCompletionSource<SignatureCheck> Slot(string requestId) =>
        _byRequest.GetOrAdd(requestId, _ => new TaskCompletionSource<SignatureCheck>(TaskCreationOptions.RunContinuationsAsynchronously));
}
