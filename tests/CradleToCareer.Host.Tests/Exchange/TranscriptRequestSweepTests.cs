using CradleToCareer.Application.Consents;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Transcripts.Requests;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Host.Tests.Exchange;

/// <summary>
/// The sweep (exchange.md, statuses): a request waiting thirty days expires, one left received for an hour fails, and a
/// grant whose follow-up was lost is made up for. The sweep is run under a clock moved ahead; the service runs as usual.
/// </summary>
public sealed class TranscriptRequestSweepTests(EmbeddedServiceFixture fixture) : IClassFixture<EmbeddedServiceFixture>
{
    private ServiceUnderTest Service => fixture.Service;

    private ITranscriptRequestStore Store => Service.Services.GetRequiredService<ITranscriptRequestStore>();

    [Fact]
    public async Task A_request_waiting_thirty_days_expires_and_one_waiting_less_does_not()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var waiting = (await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid))).RequestId();

        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(29), recheckWaiting: false);
        Assert.Equal(TranscriptRequestStatus.AwaitingConsent, (await Store.FindAsync(waiting, default))!.Status);
        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(30).AddMinutes(1), recheckWaiting: false);

        var request = await student.College.GetJsonAsync($"/v1/transcript-requests/{waiting}");
        Assert.Equal(["received", "awaiting-consent", "expired"], request["history"]!.AsArray().Select(change => change!["status"]!.GetValue<string>()));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await student.College.DeleteAsync($"/v1/transcript-requests/{waiting}")).StatusCode);
    }

    [Fact]
    public async Task A_request_left_received_is_tried_again_and_fails_after_an_hour()
    {
        var student = await TranscriptHistory.IngestAsync(Service, "transcript");
        var now = DateTimeOffset.UtcNow;
        var retried = await KeepReceivedAsync(student, now.AddMinutes(-1));
        var stale = await KeepReceivedAsync(student, now.AddHours(-2));

        await SweepAtAsync(now, recheckWaiting: false);

        Assert.Equal(TranscriptRequestStatus.Issued, (await Store.FindAsync(retried, default))!.Status);
        Assert.Equal(TranscriptRequestStatus.Failed, (await Store.FindAsync(stale, default))!.Status);
    }

    [Fact]
    public async Task A_grant_that_issued_nothing_is_made_up_for_by_the_recheck()
    {
        var student = await TranscriptHistory.IngestAsync(Service);
        var waiting = (await student.College.AcceptedAsync(TranscriptRequestClient.JsonRequest(student.Ssid))).RequestId();
        var book = Service.Services.GetRequiredService<IConsentBook>();
        await book.GrantAsync(
            student.PersonId, student.CollegeOrgId, new ConsentTerms(["transcript"], "admission", DateTimeOffset.UtcNow.AddMonths(6), "student"),
            new ConsentAttestation("cl_test", null));

        await SweepAtAsync(DateTimeOffset.UtcNow, recheckWaiting: false);
        Assert.Equal(TranscriptRequestStatus.AwaitingConsent, (await Store.FindAsync(waiting, default))!.Status);
        await SweepAtAsync(DateTimeOffset.UtcNow, recheckWaiting: true);

        Assert.Equal(TranscriptRequestStatus.Issued, (await Store.FindAsync(waiting, default))!.Status);
    }

    private Task SweepAtAsync(DateTimeOffset now, bool recheckWaiting) =>
        new SweepTranscriptRequests(
                Store, Service.Services.GetRequiredService<AdvanceTranscriptRequest>(), Service.Services.GetRequiredService<TranscriptRequestMoves>(),
                new FakeClock(now), NullLogger<SweepTranscriptRequests>.Instance)
            .RunAsync(recheckWaiting, CancellationToken.None);

    /// <summary>A request kept as received at <paramref name="receivedAt"/> whose first try never ran (its silo died).</summary>
    private async Task<string> KeepReceivedAsync(TranscriptHistory student, DateTimeOffset receivedAt)
    {
        var requestId = TranscriptRequestIds.New();
        var asked = new RequestedTranscript(new StudentBlock([new StudentIdentifier("ssid", student.Ssid)]), "all", "admission", "application/json", null, null);
        await Store.AddAsync(
            new TranscriptRequestRecord(
                requestId, student.CollegeOrgId, "cl_college", asked, null, TranscriptRequestStatus.Received, null, receivedAt,
                [new StatusChange(TranscriptRequestStatus.Received, receivedAt)]),
            null, default);
        return requestId;
    }
}
