using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Ingest;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Application.Imports;

/// <summary>
/// Runs import jobs a turn at a time: claims the job whose turn came first by a lease, ingests up to
/// <see cref="ChunksPerTurn"/> of its chunks in order as the job's caller (exactly as <c>POST /v1/events</c> would),
/// stores each chunk's results right after its ingest, renewing the lease, and then queues the job again behind the
/// others waiting, so a large job never holds up a small one for long. A job taken up again after a crash starts at its
/// first chunk without results; the lines of that chunk the crashed attempt had committed come back <c>duplicate</c>,
/// so each line still has one result and each event is in the log once. A chunk that fails is retried as
/// <see cref="ImportRetries"/> says. Lines are stored sealed (<see cref="ImportLineSealer"/>) and opened just before
/// their ingest.
/// </summary>
public sealed class RunImports(
    IImportStore store, ImportLineSealer sealer, IngestLines ingest, IEventLog eventLog, TimeProvider clock, ILogger<RunImports> logger)
{
    /// <summary>The chunks (of 1,000 lines) a job is given in one turn: a few seconds of work.</summary>
    public const int ChunksPerTurn = 10;

    /// <summary>
    /// Claims one job (or takes up again one this owner held) and runs a turn of it; false when there was none. The
    /// database out of reach (an exception) leaves the job held: running again resumes it.
    /// </summary>
    public async Task<bool> RunOnceAsync(string owner, TimeSpan lease, int maxLineBytes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await store.ClaimAsync(owner, now, now + lease, cancellationToken) is not { } job)
        {
            return false;
        }

        for (var taken = 0; taken < ChunksPerTurn; taken++)
        {
            if (await store.NextChunkAsync(job.ImportId, cancellationToken) is not { } chunk)
            {
                await store.FinishAsync(job.ImportId, owner, clock.GetUtcNow(), cancellationToken);
                return true;
            }

            if (await IngestAsync(job, chunk.Lines, chunk.Failures, maxLineBytes, cancellationToken) is not { } results)
            {
                var nextTurn = clock.GetUtcNow() + ImportRetries.After(chunk.Failures + 1);
                await store.EndTurnAsync(job.ImportId, owner, nextTurn, chunk.Sequence, cancellationToken);
                return true;
            }

            var recorded = await store.RecordAsync(
                job.ImportId, owner, chunk.Sequence, ImportLineResult.Chunk(chunk.Lines, results), clock.GetUtcNow() + lease, cancellationToken);
            if (!recorded)
            {
                logger.LogWarning("Import {ImportId} was taken over by another worker after its lease ran out", job.ImportId);
                return true;
            }
        }

        await store.EndTurnAsync(job.ImportId, owner, clock.GetUtcNow(), null, cancellationToken);
        return true;
    }

    /// <summary>The chunk's results; null when its ingest failed (and was logged).</summary>
    private async Task<EventResult[]?> IngestAsync(
        ImportJob job, IReadOnlyList<NdjsonLine> sealedLines, int failures, int maxLineBytes, CancellationToken cancellationToken)
    {
        if (!sealer.TryOpen(job.ImportId, sealedLines, out var lines))
        {
            logger.LogError("The lines of import {ImportId} cannot be opened: the key-encryption key is not the one they were sealed with", job.ImportId);
            return [.. sealedLines.Select(line => IngestLines.Rejected(line.Number, ImportRetries.Unreadable))];
        }

        if (failures >= ImportRetries.FailuresBeforeLineByLine)
        {
            return await IngestLineByLineAsync(job, lines, maxLineBytes, cancellationToken);
        }

        try
        {
            return await ingest.RunAsync(job.Caller, lines, maxLineBytes, cancellationToken) ?? OrganizationGone(lines);
        }
        catch (Exception exception) when (IsFault(exception, cancellationToken))
        {
            logger.LogError(
                exception, "A chunk of import {ImportId} from line {Line} failed (failure {Failures}); the job waits its next turn",
                job.ImportId, lines[0].Number, failures + 1);
            return null;
        }
    }

    /// <summary>Each line alone, so the one that fails is answered rejected and no other.</summary>
    private async Task<EventResult[]> IngestLineByLineAsync(
        ImportJob job, IReadOnlyList<NdjsonLine> lines, int maxLineBytes, CancellationToken cancellationToken)
    {
        var results = new EventResult[lines.Count];
        for (var i = 0; i < results.Length; i++)
        {
            NdjsonLine[] alone = [lines[i]];
            try
            {
                results[i] = (await ingest.RunAsync(job.Caller, alone, maxLineBytes, cancellationToken) ?? OrganizationGone(alone))[0];
            }
            catch (Exception exception) when (IsFault(exception, cancellationToken))
            {
                logger.LogError(exception, "Line {Line} of import {ImportId} failed alone; it is answered rejected", alone[0].Number, job.ImportId);
                results[i] = IngestLines.Rejected(alone[0].Number, ImportRetries.LineFailed(job.ImportId));
            }
        }

        return results;
    }

    /// <summary>A failure that is the chunk's own: not the database out of reach, nor the worker stopping.</summary>
    private bool IsFault(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && !eventLog.IsUnavailable(exception);

    private static EventResult[] OrganizationGone(IReadOnlyList<NdjsonLine> lines) =>
        [.. lines.Select(line => IngestLines.Rejected(line.Number, "was not ingested: the importing organization is no longer registered"))];
}
