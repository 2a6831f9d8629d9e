using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// A database that holds a grain's state read back (a lock, a stalled server): the request that waits on the grain
/// ends after the cluster's response timeout with <c>503</c> and <c>Retry-After</c>, never a <c>500</c> and never a
/// hang, and the same request succeeds once the database answers again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GrainTimeoutTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_grain_call_that_runs_out_of_time_is_503_with_retry_after_and_the_next_one_after_the_stall_succeeds()
    {
        var database = await postgres.CreateDatabaseAsync("stall");
        string personId;
        await using (var first = await ServiceUnderTest.StartAsync(database))
        {
            personId = (await first.Http.PostSingleAsync(TestEvents.Course("stall-1", TestEvents.NewSsid()))).PersonId();
        }

        await using var service = await ServiceUnderTest.StartAsync(database, "C2C:Cluster:ResponseTimeoutSeconds=2");
        HttpResponseMessage stalled;
        await using (var holder = new NpgsqlConnection(database))
        {
            await holder.OpenAsync();
            await using var stall = await holder.BeginTransactionAsync();
            await new NpgsqlCommand("LOCK TABLE c2c_orleans_grain_state IN ACCESS EXCLUSIVE MODE", holder, stall).ExecuteNonQueryAsync();
            stalled = await service.Http.GetAsync($"/v1/students/{personId}");
        }

        var later = await service.Http.GetAsync($"/v1/students/{personId}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stalled.StatusCode);
        Assert.Equal("application/problem+json", stalled.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(stalled.Headers.RetryAfter);
        Assert.Contains("in time", await stalled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
