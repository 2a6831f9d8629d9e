using CradleToCareer.Application.Accounts;
using CradleToCareer.Application.Alerts;
using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Imports;
using CradleToCareer.Application.Ingest;
using CradleToCareer.Application.Research;
using CradleToCareer.Application.Students;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Application.Views;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application;

/// <summary>Registers the use cases and the disclosure gate; the ports they need come from a backend and the grains.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton<DisclosureGate>();
        services.AddSingleton<ViewProgress>();
        services.AddSingleton<ViewCaseload>();
        services.AddSingleton<IssueTranscript>();
        services.AddSingleton<TranscriptIssuer>();
        services.AddSingleton<VerifyTranscript>();
        services.AddTranscriptRequests();
        services.AddSingleton<ResolveStudent>();
        services.AddSingleton<IdentityDecisions>();
        services.AddSingleton<RecheckReviews>();
        services.AddSingleton<IngestEvents>();
        services.AddSingleton<IngestLines>();
        services.AddSingleton<AlertPulse>();
        services.AddSingleton<StreamAlerts>();
        services.AddSingleton<WatchStudentAlerts>();
        services.AddSingleton<DeliverAlert>();
        services.AddConsents();
        services.AddStewardship();
        services.AddSingleton<ReadProfile>();
        services.AddSingleton<ReadDisclosures>();
        services.AddResearch();
        services.AddImports();
        services.AddAccounts();
        return services;
    }
}
