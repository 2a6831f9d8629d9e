using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Imports;

/// <summary>
/// Deletes what imports leave behind once nobody needs it: a done job's lines and results after they have been kept
/// for the retention period (the job itself stays, saying when they went), and uploads left <c>receiving</c> by a host
/// that died under them, after <see cref="ReceivingGiveUp"/>. Any host may run it; running it twice changes nothing more.
/// </summary>
public sealed class ForgetImports(IImportStore store, TimeProvider clock, ILogger<ForgetImports> logger)
{
    /// <summary>
    /// How long an upload may stay receiving. The largest upload (64 GiB) takes under an hour at 20 MB/s; one still
    /// receiving a day after it began lost its host.
    /// </summary>
    public static readonly TimeSpan ReceivingGiveUp = TimeSpan.FromDays(1);

    public async Task<ImportsForgotten> RunAsync(TimeSpan keepResults, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forgotten = await store.ForgetAsync(now - keepResults, now - ReceivingGiveUp, now, cancellationToken);
        if (forgotten.ResultsDeleted + forgotten.UploadsDropped > 0)
        {
            logger.LogInformation(
                "Deleted the results of {Jobs} imports done more than {Days} days ago and dropped {Uploads} uploads left receiving",
                forgotten.ResultsDeleted, keepResults.TotalDays, forgotten.UploadsDropped);
        }

        return forgotten;
    }
}
