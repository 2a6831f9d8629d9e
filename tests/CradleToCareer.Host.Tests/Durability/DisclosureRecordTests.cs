using System.Net.Http.Headers;
using System.Net.Http.Json;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>The disclosure record on PostgreSQL: nobody may change it, and a change made anyway is reported.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DisclosureRecordTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_database_refuses_to_change_the_record_and_a_forced_change_breaks_the_chain_where_it_was_made()
    {
        var database = await postgres.CreateDatabaseAsync("disclosures");
        await using var service = await ServiceUnderTest.StartAsync(database);
        var ssid = TestEvents.NewSsid();
        var personId = (await service.Http.PostSingleAsync(TestEvents.Course("disclosed", ssid))).PersonId();
        await service.Http.PostAsJsonAsync($"/v1/students/{personId}/consents", new
        {
            recipientOrgId = TestTenant.OrganizationId, scopes = new[] { "progress" }, purpose = "advising",
            expiresAt = DateTimeOffset.UtcNow.AddMonths(1), grantor = "student",
        });
        var college = await CollegeOfTenantAsync(service);
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/students:resolve")
            {
                Content = JsonContent.Create(new { ids = new[] { new { system = "ssid", value = ssid } } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", college);
            Assert.True((await service.Anonymous.SendAsync(request)).IsSuccessStatusCode);
        }

        var intact = await service.Http.GetJsonAsync($"/v1/students/{personId}/disclosures");
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var update = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, "UPDATE c2c_disclosure SET purpose = 'marketing'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, "DELETE FROM c2c_disclosure"));
        await Execute(connection, "ALTER TABLE c2c_disclosure DISABLE TRIGGER USER");
        await Execute(connection, $"UPDATE c2c_disclosure SET purpose = 'marketing' WHERE person_id = '{personId}' AND entry_no = 2");
        await Execute(connection, "ALTER TABLE c2c_disclosure ENABLE TRIGGER USER");
        var tampered = await service.Http.GetJsonAsync($"/v1/students/{personId}/disclosures");

        Assert.Equal(3, intact["entries"]!.AsArray().Count);
        Assert.True(intact["verification"]!["valid"]!.GetValue<bool>());
        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
        Assert.False(tampered["verification"]!["valid"]!.GetValue<bool>());
        Assert.Equal(2, tampered["verification"]!["firstBrokenEntry"]!.GetValue<int>());
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A client of the test tenant with the college role (the tenant holds the consent).</summary>
    private static async Task<string> CollegeOfTenantAsync(ServiceUnderTest service) =>
        (await service.Anonymous.NewClientTokenAsync(["college"], orgId: TestTenant.OrganizationId)).Token;
}
