using CradleToCareer.Application.Disclosures;

namespace CradleToCareer.Application.Alerts;

/// <summary>
/// The disclosure of one webhook attempt, recorded when the sender is about to write the alert and at most once, even
/// if the sender writes it again on a fresh connection. Until then nothing is recorded: an attempt that never reached
/// the receiver disclosed nothing.
/// </summary>
internal sealed class DisclosureOnce(DisclosureGate gate, PendingDisclosure pending, CancellationToken cancellationToken)
{
    private readonly Lock _lock = new();
    private Task? _recording;

    /// <summary>True once the disclosure is recorded.</summary>
    public bool Recorded => _recording is { IsCompletedSuccessfully: true };

    public Task RecordAsync()
    {
        lock (_lock)
        {
            return _recording ??= gate.RecordAsync(pending, cancellationToken);
        }
    }

    /// <summary>Rethrows the failure to record, if recording was started and failed: then the alert did not leave.</summary>
    public async Task ThrowIfFailedAsync()
    {
        Task? recording;
        lock (_lock)
        {
            recording = _recording;
        }

        if (recording is not null)
        {
            await recording;
        }
    }
}
