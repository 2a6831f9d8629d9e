namespace CradleToCareer.Storage.Postgres.Migrations;

/// <summary>What one <see cref="DatabaseMigrator.MigrateAsync"/> run did.</summary>
/// <param name="Applied">Versions this run applied, in order.</param>
/// <param name="AlreadyPresent">Versions that were already recorded in the database before this run.</param>
public sealed record MigrationReport(IReadOnlyList<int> Applied, IReadOnlyList<int> AlreadyPresent);
