namespace CradleToCareer.Storage.Postgres.Migrations;

/// <summary>An already applied migration no longer matches the script shipped in this build.</summary>
public sealed class MigrationChecksumMismatchException(int version, string name, string recordedChecksum, string currentChecksum)
    : Exception(
        $"Migration {version:D4}_{name} was changed after it was applied to this database " +
        $"(recorded checksum {recordedChecksum}, script checksum {currentChecksum}). " +
        "Applied migrations must never be edited: restore the original script and put the change in a new migration.")
{
    public int Version { get; } = version;
}
