using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Host.Pages.Registrar;

/// <summary>The words the registrar's pages use for a request's statuses.</summary>
internal static class RequestWords
{
    public static string Status(string status) => status switch
    {
        TranscriptRequestStatus.Received => "Received",
        TranscriptRequestStatus.AwaitingConsent => "Awaiting consent",
        TranscriptRequestStatus.Issued => "Issued",
        TranscriptRequestStatus.Delivered => "Delivered",
        TranscriptRequestStatus.Acknowledged => "Acknowledged",
        TranscriptRequestStatus.Canceled => "Cancelled",
        TranscriptRequestStatus.Expired => "Expired",
        TranscriptRequestStatus.Failed => "Failed",
        _ => status,
    };

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
