using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Privacy;

/// <summary>
/// Re-reading an issued transcript is a disclosure under the transcript consent in force at that moment: recorded while
/// the consent lasts, the 404 of an unknown id as soon as it is revoked; in every format, on both backends.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TranscriptRevocationTests(PostgresFixture postgres)
{
    private static readonly string?[] Formats = [null, "application/json", "application/jwt", "application/xml"];

    [Theory]
    [InlineData(PortalScene.Embedded)]
    [InlineData(PortalScene.Postgres)]
    public async Task A_re_read_is_recorded_under_the_consent_and_after_revocation_answers_as_for_nobody_and_records_nothing(string backend)
    {
        await using var service = await ServiceUnderTest.StartAsync(backend == PortalScene.Postgres ? await postgres.CreateDatabaseAsync("reread") : null);
        var history = await TranscriptHistory.IngestAsync(service);
        var consentId = await history.GrantAsync(service, "transcript");
        var location = (await history.IssueAsync("all")).Headers.Location!.OriginalString;

        var whileConsented = await ReadInEveryFormatAsync(history, location);
        var recordedWhileConsented = await TranscriptEntriesAsync(service, history);
        var revoked = await service.Http.DeleteAsync($"/v1/students/{history.PersonId}/consents/{consentId}");
        var afterRevocation = await ReadInEveryFormatAsync(history, location);
        var unknown = await history.College.GetAsync($"/v1/transcripts/t_{new string('0', 32)}");
        var recordedAfterRevocation = await TranscriptEntriesAsync(service, history);

        Assert.All(whileConsented, read => Assert.Equal(HttpStatusCode.OK, read.StatusCode));
        Assert.Equal(1 + Formats.Length, recordedWhileConsented.Count);
        Assert.All(recordedWhileConsented, entry => Assert.Equal(consentId, entry));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.All(afterRevocation, read => Assert.Equal(HttpStatusCode.NotFound, read.StatusCode));
        var nobody = await unknown.BodyWithoutTraceAsync();
        foreach (var read in afterRevocation)
        {
            Assert.Equal(nobody, await read.BodyWithoutTraceAsync());
        }

        Assert.Equal(recordedWhileConsented, recordedAfterRevocation);
    }

    private static async Task<List<HttpResponseMessage>> ReadInEveryFormatAsync(TranscriptHistory history, string location)
    {
        var reads = new List<HttpResponseMessage>();
        foreach (var accept in Formats)
        {
            reads.Add(await TranscriptHistory.SendAsync(history.College, HttpMethod.Get, location, accept));
        }

        return reads;
    }

    /// <summary>The consent id of each transcript disclosure in the student's record.</summary>
    private static async Task<List<string>> TranscriptEntriesAsync(ServiceUnderTest service, TranscriptHistory history) =>
        [.. (await service.Http.GetJsonAsync($"/v1/students/{history.PersonId}/disclosures"))["entries"]!.AsArray()
            .Where(e => e!["scope"]!.GetValue<string>() == "transcript")
            .Select(e => e!["consentId"]!.GetValue<string>())];
}
