namespace CradleToCareer.Application.Imports;

/// <summary>
/// What becomes of a chunk whose ingest fails for any reason but the database being out of reach: a timeout, or a fault
/// outside the append (an event the store refuses is already answered <c>rejected</c> alone by ingest, so it never gets
/// this far). The job is set aside and other jobs go first; the chunk is tried again after
/// <see cref="After"/>; once it has failed <see cref="FailuresBeforeLineByLine"/> times its lines are ingested one at a
/// time, and a line that fails alone is answered <c>rejected</c>. So one bad line never stops its job, nor anyone
/// else's.
/// </summary>
public static class ImportRetries
{
    public const int FailuresBeforeLineByLine = 3;

    /// <summary>How long a job waits for its next turn after its chunk failed for the <paramref name="failures"/>th time.</summary>
    public static TimeSpan After(int failures) => failures <= 1 ? TimeSpan.FromSeconds(10) : TimeSpan.FromMinutes(1);

    /// <summary>The answer for a line that cannot be read back because the key-encryption key changed since its upload.</summary>
    public const string Unreadable =
        "could not be read back: the service's key-encryption key changed after the upload, so its stored lines cannot be opened. Upload the file again";

    /// <summary>The answer for a line that failed alone once its chunk had failed too often.</summary>
    public static string LineFailed(string importId) =>
        $"could not be ingested: the service failed on it alone, after its chunk had failed {FailuresBeforeLineByLine} times (logged under import {importId}). Send it again, or report it";
}
