using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Outcomes;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Outcomes and research extracts across a SIGKILL on PostgreSQL: the institution's cohorts come back from the log
/// alone, and an extract left running with part of a file is made again from the start, so the half file is never
/// offered and never mixed into the new one.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutcomesCrashTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Cohorts_are_rebuilt_from_the_log_and_an_extract_cut_off_mid_file_is_made_again_cleanly()
    {
        var database = await postgres.CreateDatabaseAsync("outcomes_crash");
        OutcomeScenario scenario;
        string researcher, extractPath;
        var doomed = await HostProcess.StartAsync(database);
        await using (doomed)
        {
            scenario = await OutcomeScenario.StartAsync(doomed.Anonymous);
            await scenario.SendAsync([.. Enumerable.Range(0, 15).Select(i => scenario.Graduated($"c{i}", TestEvents.NewSsid(), scenario.SchoolA, "2001-04-04"))]);
            await scenario.CohortOnceSizedAsync($"/v1/public/institutions/{scenario.SchoolA}/outcomes", scenario.Graduates, 15);

            (var researchOrg, researcher) = await doomed.Anonymous.NewClientTokenAsync(["researcher"]);
            var projectId = "crash-" + Guid.NewGuid().ToString("N")[..8];
            Assert.Equal(HttpStatusCode.Created, (await doomed.Anonymous.AsAdminAsync(
                HttpMethod.Post, "/v1/research/projects", ResearchClient.ProjectBody(projectId, researchOrg, scenario.Graduates))).StatusCode);
            using var asked = await doomed.Anonymous.SendWithTokenAsync(HttpMethod.Post, $"/v1/research/projects/{projectId}/extracts", researcher);
            extractPath = asked.Headers.Location!.OriginalString;
            await doomed.Anonymous.ExtractReadyAsync(extractPath, researcher);
            await doomed.KillAsync();
        }

        await CutOffMidFileAsync(database, extractPath.Split('/')[^1]);

        await using var restarted = await HostProcess.StartAsync(database, replacing: doomed);
        await scenario.WithClient(restarted.Anonymous)
            .CohortOnceSizedAsync($"/v1/public/institutions/{scenario.SchoolA}/outcomes", scenario.Graduates, 15);
        var ready = await restarted.Anonymous.ExtractReadyAsync(extractPath, researcher);
        Assert.Equal(2, ready["progress"]!["attempt"]!.GetValue<int>());
        Assert.Equal(15, ready["summary"]!["rows"]!.GetValue<long>());
        using var file = await restarted.Anonymous.SendWithTokenAsync(HttpMethod.Get, ready["download"]!.GetValue<string>(), researcher);
        var csv = await file.Content.ReadAsStringAsync();
        Assert.DoesNotContain("half-written", csv);
        Assert.Equal(16, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>Puts the extract back where a silo dying mid-job leaves it: running, attempt 1, part of a file written.</summary>
    private static async Task CutOffMidFileAsync(string database, string extractId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            UPDATE c2c_research_extract
            SET status = 'running', summary_rows = NULL, summary_generalized = NULL, summary_dropped = NULL,
                summary_bytes = NULL, finished_at = NULL, processed = 7
            WHERE extract_id = @id;
            INSERT INTO c2c_research_extract_chunk (extract_id, attempt, seq, bytes) VALUES (@id, 1, 1, convert_to('half-written', 'UTF8'));
            """,
            connection);
        command.Parameters.AddWithValue("id", extractId);
        await command.ExecuteNonQueryAsync();
    }
}
