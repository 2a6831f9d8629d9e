using CradleToCareer.Application.Consents;
using Microsoft.Extensions.DependencyInjection;

namespace CradleToCareer.Application.Exchange;

/// <summary>Registers the transcript request use cases; the store, its push queue and <see cref="TranscriptLinks"/> come from the host.</summary>
public static class TranscriptRequestServices
{
    public static IServiceCollection AddTranscriptRequests(this IServiceCollection services)
    {
        services.AddSingleton<TranscriptPushPulse>();
        services.AddSingleton<ResolveRequestedStudent>();
        services.AddSingleton<TranscriptRequestMoves>();
        services.AddSingleton<AdvanceTranscriptRequest>();
        services.AddSingleton<SubmitTranscriptRequest>();
        services.AddSingleton<ReadTranscriptRequests>();
        services.AddSingleton<ListWaitingTranscriptRequests>();
        services.AddSingleton<ApproveTranscriptRequest>();
        services.AddSingleton<DeclineTranscriptRequest>();
        services.AddSingleton<ChangeTranscriptRequest>();
        services.AddSingleton<MarkTranscriptDelivered>();
        services.AddSingleton<IConsentGranted, IssueAwaitingTranscripts>();
        services.AddSingleton<SweepTranscriptRequests>();
        services.AddSingleton<DeliverTranscriptPush>();
        return services;
    }
}
