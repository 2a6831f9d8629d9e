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
using CradleToCareer.Storage.InMemory.Accounts;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Storage.InMemory.Access.Signing;
using CradleToCareer.Storage.InMemory.Alerts;
using CradleToCareer.Storage.InMemory.Disclosures;
using CradleToCareer.Storage.InMemory.EventLog;
using CradleToCareer.Storage.InMemory.Exchange;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Storage.InMemory.Imports;
using CradleToCareer.Storage.InMemory.Research;
using CradleToCareer.Storage.InMemory.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Storage.InMemory;

/// <summary>The embedded default's backend: every port of the application in this process's memory, nothing durable.</summary>
public static class InMemoryStorage
{
    /// <summary>Registers every port in memory; the two signing-key stores are keyed by <see cref="SigningKeyTable"/>.</summary>
    public static IServiceCollection AddInMemoryStorage(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryIdentity>();
        services.AddSingleton<IEventLog, InMemoryEventLog>();
        services.AddSingleton<IIdentityStore, InMemoryIdentityStore>();
        services.AddSingleton<IMergeJournal, InMemoryMergeJournal>();
        services.AddSingleton<IReviewRecheckStore, InMemoryReviewRechecks>();
        services.AddSingleton<IMatchRecordSource, InMemoryMatchRecordSource>();
        services.AddSingleton<IDisclosureRecord, InMemoryDisclosureRecord>();
        services.AddSingleton<IAccessRegistry, InMemoryAccessRegistry>();
        services.AddSingleton<ITranscriptArchive, InMemoryTranscriptArchive>();
        services.AddSingleton<InMemoryTranscriptRequests>();
        services.AddSingleton<ITranscriptRequestStore>(provider => provider.GetRequiredService<InMemoryTranscriptRequests>());
        services.AddSingleton<ITranscriptPushQueue>(provider => provider.GetRequiredService<InMemoryTranscriptRequests>());
        services.AddSingleton<InMemoryAlerts>();
        services.AddSingleton<IAlertLog, InMemoryAlertLog>();
        services.AddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
        services.AddSingleton<IDeliveryQueue, InMemoryDeliveryQueue>();
        services.AddSingleton<IAlertSweepCursor, InMemoryAlertSweepCursor>();
        services.AddSingleton<InMemoryResearchProjectStore>();
        services.AddSingleton<IResearchProjectStore>(provider => provider.GetRequiredService<InMemoryResearchProjectStore>());
        services.AddSingleton<IResearchExtractStore, InMemoryResearchExtractStore>();
        services.AddSingleton<IAccountStore, InMemoryAccountStore>();
        services.AddSingleton<IImportStore, InMemoryImportStore>();
        foreach (var table in Enum.GetValues<SigningKeyTable>())
        {
            services.AddKeyedSingleton<ISigningKeyStore>(table, (_, _) => new InMemorySigningKeyStore());
        }

        return services;
    }
}
