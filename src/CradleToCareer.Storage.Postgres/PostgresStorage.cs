using CradleToCareer.Application.Access;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.EventLog;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Research;
using CradleToCareer.Application.Accounts;
using CradleToCareer.Storage.Postgres.Accounts;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Storage.Postgres.Access;
using CradleToCareer.Storage.Postgres.Access.Signing;
using CradleToCareer.Storage.Postgres.Alerts;
using CradleToCareer.Storage.Postgres.Disclosures;
using CradleToCareer.Storage.Postgres.EventLog;
using CradleToCareer.Storage.Postgres.Exchange;
using CradleToCareer.Storage.Postgres.Identity;
using CradleToCareer.Storage.Postgres.Imports;
using CradleToCareer.Storage.Postgres.Research;
using CradleToCareer.Storage.Postgres.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CradleToCareer.Storage.Postgres;

/// <summary>The durable backend: every port of the application on one PostgreSQL database.</summary>
public static class PostgresStorage
{
    /// <summary>
    /// Registers every port on PostgreSQL, on one pool opened with <paramref name="connectionString"/> (sized by
    /// <see cref="DatabasePoolOptions"/>). The two signing-key stores are keyed by <see cref="SigningKeyTable"/>;
    /// <paramref name="keyEncryptionKey"/> gives the key that seals their private keys at rest.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(
        this IServiceCollection services, Func<IServiceProvider, string> connectionString, Func<IServiceProvider, byte[]> keyEncryptionKey)
    {
        services.AddSingleton(provider => NpgsqlDataSource.Create(connectionString(provider)));
        services.AddSingleton<IEventLog, PostgresEventLog>();
        services.AddSingleton<IIdentityStore, PostgresIdentityStore>();
        services.AddSingleton<IMergeJournal, PostgresMergeJournal>();
        services.AddSingleton<IReviewRecheckStore, PostgresReviewRechecks>();
        services.AddSingleton<IMatchRecordSource, PostgresMatchRecordSource>();
        services.AddSingleton<IDisclosureRecord, PostgresDisclosureRecord>();
        services.AddSingleton<IAccessRegistry, PostgresAccessRegistry>();
        services.AddSingleton<ITranscriptArchive, PostgresTranscriptArchive>();
        services.AddSingleton<ITranscriptRequestStore, PostgresTranscriptRequestStore>();
        services.AddSingleton<ITranscriptPushQueue, PostgresTranscriptPushQueue>();
        services.AddSingleton<IAlertLog, PostgresAlertLog>();
        services.AddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.AddSingleton<IDeliveryQueue, PostgresDeliveryQueue>();
        services.AddSingleton<IAlertSweepCursor, PostgresAlertSweepCursor>();
        services.AddSingleton<IResearchProjectStore, PostgresResearchProjectStore>();
        services.AddSingleton<IResearchExtractStore, PostgresResearchExtractStore>();
        services.AddSingleton<IAccountStore, PostgresAccountStore>();
        services.AddSingleton<IImportStore, PostgresImportStore>();
        services.AddSingleton<ISessionKeyStore>(provider => new PostgresSessionKeyStore(
            provider.GetRequiredService<NpgsqlDataSource>(), keyEncryptionKey(provider)));
        foreach (var table in Enum.GetValues<SigningKeyTable>())
        {
            services.AddKeyedSingleton<ISigningKeyStore>(table, (provider, _) => new PostgresSigningKeyStore(
                provider.GetRequiredService<NpgsqlDataSource>(), keyEncryptionKey(provider), table));
        }

        return services;
    }
}
