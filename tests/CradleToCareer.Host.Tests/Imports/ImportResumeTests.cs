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
        await AssertFinishedOnceAsync(second.Http, importId, lines, processedWhenStopped);
    }

    [Fact]
    public async Task A_job_whose_host_gets_sigkill_midway_finishes_on_the_restarted_host_with_every_line_answered_once()
    {
        var database = await postgres.CreateDatabaseAsync("import-sigkill");
        var lines = ImportLines.Mixed(8_000, "sigkill");
        var environment = new Dictionary<string, string> { ["C2C__Imports__LeaseSeconds"] = "2" };
        string importId;
        long processedWhenKilled;
        var doomed = await HostProcess.StartAsync(database, environment: environment);
        await using (doomed)
        {
            importId = (await doomed.Http.UploadAsync(lines))["importId"]!.GetValue<string>();
            processedWhenKilled = await WaitUntilMidwayAsync(doomed.Http, importId);
            await doomed.KillAsync();
        }

        await using var restarted = await HostProcess.StartAsync(database, replacing: doomed, environment: environment);
        await AssertFinishedOnceAsync(restarted.Http, importId, lines, processedWhenKilled);
    }

    /// <summary>
    /// The job is done with one result per non-blank line, in order, the four bad lines rejected and every other line
    /// accepted or (re-run after the cut) duplicate; sending every line again finds each valid event in the log already.
    /// </summary>
    private static async Task AssertFinishedOnceAsync(HttpClient http, string importId, List<string> lines, long processedWhenStopped)
    {
        var done = await http.WaitDoneAsync(importId);
        var results = await http.ResultsAsync(importId);
        var again = await http.PostNdjsonAsync(lines);

        Assert.InRange(processedWhenStopped, 1, done.Long("lines") - 1);
        Assert.Equal(ImportLines.NumbersOfNonBlank(lines), results.Select(result => result.Long("line")));
        Assert.Equal(done.Long("lines"), done.Long("processed"));
        Assert.Equal(done.Long("lines"), done["counts"].Long("accepted") + done["counts"].Long("duplicate") + done["counts"].Long("rejected"));
        Assert.Equal(4, done["counts"].Long("rejected"));
        Assert.All(results.Where(result => result.Status() != "rejected"), result => Assert.Contains(result.Status(), (string[])["accepted", "duplicate"]));
        Assert.Equal(results.Select(result => result.Status() == "rejected"), again.Select(result => result.Status() == "rejected"));
        Assert.All(again.Where(result => result.Status() != "rejected"), result => Assert.Equal("duplicate", result.Status()));
    }

    /// <summary>Waits until the job has results for some lines, and says how many.</summary>
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
