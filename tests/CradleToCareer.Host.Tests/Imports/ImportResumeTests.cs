using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;

namespace CradleToCareer.Host.Tests.Imports;

/// <summary>An import job survives the host that runs it: another host on the same database takes it up and finishes it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ImportResumeTests(PostgresFixture postgres)
{
    private const string ShortLease = "C2C:Imports:LeaseSeconds=2";

    [Fact]
    public async Task A_job_cut_off_midway_finishes_on_another_host_with_every_line_answered_once_and_every_event_logged_once()
    {
        var database = await postgres.CreateDatabaseAsync("import-resume");
        var lines = ImportLines.Mixed(8_000, "resume");
        string importId;
        long processedWhenStopped;
        await using (var first = await ServiceUnderTest.StartAsync(database, ShortLease))
        {
            importId = (await first.Http.UploadAsync(lines))["importId"]!.GetValue<string>();
            processedWhenStopped = await WaitUntilMidwayAsync(first.Http, importId);
        }

        await using var second = await ServiceUnderTest.StartAsync(database, ShortLease);
        var done = await second.Http.WaitDoneAsync(importId);
        var results = await second.Http.ResultsAsync(importId);
        var again = await second.Http.PostNdjsonAsync(lines);

        Assert.InRange(processedWhenStopped, 1, done.Long("lines") - 1);
        Assert.Equal(ImportLines.NumbersOfNonBlank(lines), results.Select(result => result.Long("line")));
        Assert.Equal(done.Long("lines"), done.Long("processed"));
        Assert.Equal(done.Long("lines"), done["counts"].Long("accepted") + done["counts"].Long("duplicate") + done["counts"].Long("rejected"));
        Assert.Equal(4, done["counts"].Long("rejected"));
        Assert.All(results.Where(result => result.Status() != "rejected"), result => Assert.Contains(result.Status(), (string[])["accepted", "duplicate"]));
        Assert.Equal(results.Select(result => result.Status() == "rejected"), again.Select(result => result.Status() == "rejected"));
        Assert.All(again.Where(result => result.Status() != "rejected"), result => Assert.Equal("duplicate", result.Status()));
    }

    /// <summary>Waits until the job has results for some lines but not all, and says how many.</summary>
    private static async Task<long> WaitUntilMidwayAsync(HttpClient http, string importId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var job = await http.GetJsonAsync($"/v1/imports/{importId}");
            if (job.Long("processed") > 0)
            {
                return job.Long("processed");
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"import {importId} never started");
    }
}
