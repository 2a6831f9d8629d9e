using Microsoft.Extensions.Logging;

namespace CradleToCareer.Storage.Postgres.Migrations;

internal static partial class MigrationLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Waiting for the migration lock on database {Database} at {Host}")]
    public static partial void WaitingForLock(ILogger logger, string? database, string? host);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Applying migration {Version} {MigrationName}")]
    public static partial void Applying(ILogger logger, int version, string migrationName);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Applied migration {Version} {MigrationName} in {ElapsedMs} ms")]
    public static partial void Applied(ILogger logger, int version, string migrationName, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Database {Database} has migration {Version} that this build does not know; it is newer than this code")]
    public static partial void UnknownVersion(ILogger logger, string? database, int version);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Migration {Version} {MigrationName} was edited after it was applied (recorded {RecordedChecksum}, script {ScriptChecksum})")]
    public static partial void ChecksumMismatch(ILogger logger, int version, string migrationName, string recordedChecksum, string scriptChecksum);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Database {Database} schema is current: {AppliedCount} migrations applied now, {PresentCount} already present")]
    public static partial void Completed(ILogger logger, string? database, int appliedCount, int presentCount);
}
