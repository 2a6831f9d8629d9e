using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Application.Imports;
using CradleToCareer.Host.Imports;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CradleToCareer.Host.Tests.Imports;

/// <summary><c>POST /v1/imports</c> and its job on a real host on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ImportHttpTests(PostgresFixture postgres)
{
    [Fact]
    public async Task An_upload_with_bad_lines_finishes_done_with_one_result_per_line_as_post_events_answers()
    {
        var lines = ImportLines.Mixed(2_500, "mixed");
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("import"));

        var queued = await service.Http.UploadAsync(lines);
        var importId = queued["importId"]!.GetValue<string>();
        var done = await service.Http.WaitDoneAsync(importId);
        var results = await service.Http.ResultsAsync(importId);
        var listed = await service.Http.GetJsonAsync("/v1/imports?limit=5");

        await using var reference = await ServiceUnderTest.StartAsync();
        var expected = await reference.Http.PostNdjsonAsync(lines);
        Assert.Equal(lines.Count(line => line.Trim().Length > 0), done.Long("lines"));
        Assert.Equal(done.Long("lines"), done.Long("processed"));
        Assert.Equal(ImportLines.NumbersOfNonBlank(lines), results.Select(result => result.Long("line")));
        Assert.Equal(expected.Select(Comparable), results.Select(Comparable));
        Assert.Equal(done.Long("lines") - 4, done["counts"].Long("accepted"));
        Assert.Equal(4, done["counts"].Long("rejected"));
        Assert.Contains(results, result => Errors(result).Contains("U+0001", StringComparison.Ordinal));
        Assert.Contains(results, result => Errors(result).Contains("/data/institution/id", StringComparison.Ordinal));
        Assert.Contains(results, result => Errors(result).Contains("is not valid JSON", StringComparison.Ordinal));
        Assert.Equal($"/v1/imports/{importId}/results", done["results"]!.GetValue<string>());
        Assert.Equal(importId, listed["items"]![0]!["importId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_organizations_job_is_not_found_and_results_before_done_are_a_conflict()
    {
        await using var service = await ServiceUnderTest.StartAsync(
            await postgres.CreateDatabaseAsync("import-access"), WithoutWorker);
        var importId = (await service.Http.UploadAsync(ImportLines.Mixed(10, "access")))["importId"]!.GetValue<string>();
        var (_, otherToken) = await service.Anonymous.NewClientTokenAsync(["source"]);
        using var other = TestTenant.Authenticated(service.Http.BaseAddress!, otherToken);

        var early = await service.Http.GetAsync($"/v1/imports/{importId}/results");
        var otherJob = await other.GetAsync($"/v1/imports/{importId}");
        var otherResults = await other.GetAsync($"/v1/imports/{importId}/results");
        var otherList = await other.GetJsonAsync("/v1/imports");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);
        Assert.Contains("queued: 0 of 10 lines processed", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherJob.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherResults.StatusCode);
        Assert.Empty(otherList["items"]!.AsArray());
        Assert.Equal("queued", (await service.Http.GetJsonAsync($"/v1/imports/{importId}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Empty_uploads_are_400_other_content_types_415_and_nothing_is_kept()
    {
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("import-bodies"));

        var empty = await service.Http.UploadRawAsync("");
        var blank = await service.Http.UploadRawAsync("\n  \n\r\n");
        var json = await service.Http.UploadRawAsync("[]", "application/json");
        var listed = await service.Http.GetJsonAsync("/v1/imports");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.All([empty, blank, json], response => Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType));
        Assert.Empty(listed["items"]!.AsArray());
    }

    [Fact]
    public async Task An_upload_declaring_more_than_the_limit_is_413_before_its_body_is_read()
    {
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("import-limit"));
        var address = service.Http.BaseAddress!;

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(service, ImportLimits.MaxUploadBytes + 1) + "{}\n"));
        var answer = await ReadHeadAsync(stream);

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Empty((await service.Http.GetJsonAsync("/v1/imports"))["items"]!.AsArray());
    }

    [Fact]
    public async Task An_upload_that_breaks_off_keeps_nothing_and_nothing_of_it_is_ingested()
    {
        var database = await postgres.CreateDatabaseAsync("import-broken");
        var lines = ImportLines.Mixed(3_000, "broken");
        var body = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        await using var service = await ServiceUnderTest.StartAsync(database);
        var address = service.Http.BaseAddress!;

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(service, body.Length)));
            await stream.WriteAsync(body.AsMemory(0, body.Length * 3 / 4));
            await stream.FlushAsync();
            await Task.Delay(500);
        }

        await Task.Delay(2_000);
        var again = await service.Http.PostNdjsonAsync(lines.Take(1));
        Assert.Empty((await service.Http.GetJsonAsync("/v1/imports"))["items"]!.AsArray());
        Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM c2c_import"));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM c2c_import_chunk"));
        Assert.Equal("accepted", again.Single().Status());
    }

    [Fact]
    public async Task An_organization_with_as_many_unfinished_imports_as_it_may_have_gets_429_and_others_are_not_held_back()
    {
        await using var service = await ServiceUnderTest.StartAsync(
            await postgres.CreateDatabaseAsync("import-quota"), WithoutWorker, "C2C:Imports:MaxUnfinishedPerOrganization=2");
        var (_, otherToken) = await service.Anonymous.NewClientTokenAsync(["source"]);
        using var other = TestTenant.Authenticated(service.Http.BaseAddress!, otherToken);

        await service.Http.UploadAsync(ImportLines.Mixed(5, "quota-1"));
        await service.Http.UploadAsync(ImportLines.Mixed(5, "quota-2"));
        var third = await service.Http.UploadRawAsync(string.Join("\n", ImportLines.Mixed(5, "quota-3")) + "\n");
        var others = await other.UploadAsync(ImportLines.Mixed(5, "quota-other"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromMinutes(1), third.Headers.RetryAfter?.Delta);
        Assert.Contains("2 imports being uploaded, queued or running", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await service.Http.GetJsonAsync("/v1/imports"))["items"]!.AsArray().Count);
        Assert.Equal("queued", others["status"]!.GetValue<string>());

        // A client that asks first (Expect: 100-continue) hears the refusal before it sends a byte of a large file.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(service.Http.BaseAddress!.Host, service.Http.BaseAddress.Port);
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(Head(service, 10L * 1024 * 1024 * 1024, expectContinue: true)));
        Assert.StartsWith("HTTP/1.1 429", await ReadHeadAsync(tcp.GetStream()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_deleted_after_the_retention_period_are_410_and_the_job_still_shows_its_counts()
    {
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync("import-retention"));
        var importId = (await service.Http.UploadAsync(ImportLines.Mixed(10, "retention")))["importId"]!.GetValue<string>();
        var done = await service.Http.WaitDoneAsync(importId);

        var store = service.Services.GetRequiredService<IImportStore>();
        var later = DateTimeOffset.UtcNow.AddDays(31);
        await store.ForgetAsync(later.AddDays(-30), later.AddDays(-1), later, CancellationToken.None);
        var results = await service.Http.GetAsync($"/v1/imports/{importId}/results");
        var job = await service.Http.GetJsonAsync($"/v1/imports/{importId}");

        Assert.Equal(HttpStatusCode.Gone, results.StatusCode);
        Assert.Equal("application/problem+json", results.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"deleted on {later:yyyy-MM-dd}", await results.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("done", job["status"]!.GetValue<string>());
        Assert.Equal(done["counts"]!.ToJsonString(), job["counts"]!.ToJsonString());
        Assert.Null(job["results"]);
        Assert.Equal(later.UtcDateTime, job["resultsDeletedAt"]!.GetValue<DateTimeOffset>().UtcDateTime, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_uploaded_ssn_rests_only_sealed_and_the_lines_are_deleted_once_ingested()
    {
        var database = await postgres.CreateDatabaseAsync("import-ssn");
        var ssn = "6" + Random.Shared.Next(10_000_000, 99_999_999);
        var line = TestEvents.Fafsa("import-ssn-1", TestEvents.NewSsid(), $"{ssn[..3]}-{ssn[3..5]}-{ssn[5..]}").ToJsonString();
        string importId;
        await using (var uploading = await ServiceUnderTest.StartAsync(database, WithoutWorker))
        {
            importId = (await uploading.Http.UploadAsync([line]))["importId"]!.GetValue<string>();
        }

        var waiting = await ChunkBytesAsync(database);
        await using (var running = await ServiceUnderTest.StartAsync(database))
        {
            Assert.Equal(1, (await running.Http.WaitDoneAsync(importId))["counts"].Long("accepted"));
        }

        Assert.NotEmpty(waiting);
        Assert.DoesNotContain(ssn[..3] + "-" + ssn[3..5], Encoding.Latin1.GetString(waiting), StringComparison.Ordinal);
        Assert.DoesNotContain("import-ssn-1", Encoding.Latin1.GetString(waiting), StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT coalesce(sum(octet_length(lines)), 0)::bigint FROM c2c_import_chunk"));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(*) FROM c2c_import_chunk WHERE results IS NOT NULL"));
    }

    private static async Task<byte[]> ChunkBytesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(lines, ''::bytea) FROM c2c_import_chunk", connection);
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    private static string Head(ServiceUnderTest service, long contentLength, bool expectContinue = false) =>
        $"POST /v1/imports HTTP/1.1\r\nHost: {service.Http.BaseAddress!.Authority}\r\n" +
        $"Authorization: Bearer {service.Http.DefaultRequestHeaders.Authorization!.Parameter}\r\n" +
        (expectContinue ? "Expect: 100-continue\r\n" : "") +
        $"Content-Type: application/x-ndjson\r\nContent-Length: {contentLength}\r\n\r\n";

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Keeps every job queued: no worker runs it.</summary>
    private static void WithoutWorker(IServiceCollection services) =>
        services.Remove(services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(ImportWorker)));

    /// <summary>What POST /v1/events and an import both say of a line, without the person ids two databases give differently.</summary>
    private static string Comparable(JsonNode? result) =>
        $"{result!["id"]?.ToJsonString()} {result.Status()} {result["personId"] is not null} {result["errors"]?.ToJsonString()}";

    private static string Errors(JsonObject result) =>
        string.Concat(result["errors"]?.AsArray().Select(error => $"{error!["path"]} {error["message"]}; ") ?? []);

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
