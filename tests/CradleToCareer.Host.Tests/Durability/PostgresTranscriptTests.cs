using System.Net;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Host.Tests.Views;
using CradleToCareer.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>Issued transcripts and the keys that signed them outlive the process that issued them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_transcript_is_the_same_after_a_restart_and_its_signature_still_verifies()
    {
        var database = await postgres.CreateDatabaseAsync("transcripts");
        string json, jws, location, orgId;
        await using (var first = await ServiceUnderTest.StartAsync(database))
        {
            var history = await TranscriptHistory.IngestAsync(first, "transcript");
            var issued = await history.IssueAsync("all");
            json = await issued.Content.ReadAsStringAsync();
            location = issued.Headers.Location!.OriginalString;
            jws = await (await TranscriptHistory.SendAsync(history.College, HttpMethod.Get, location, "application/jwt")).Content.ReadAsStringAsync();
            orgId = history.CollegeOrgId;
        }

        await using var second = await ServiceUnderTest.StartAsync(database);
        var (_, token) = await second.Anonymous.NewClientTokenAsync(["college"], orgId);
        var college = TestTenant.Authenticated(second.Http.BaseAddress!, token);
        var again = await college.GetAsync(location);
        var keySet = new JsonWebKeySet(await second.Anonymous.GetStringAsync("/.well-known/jwks.json"));
        var verified = await new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKeys = keySet.GetSigningKeys(),
            ValidIssuer = "urn:c2c:record-service",
            ValidAudience = orgId,
            RequireExpirationTime = false,
            ValidateLifetime = false,
        });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(json, await again.Content.ReadAsStringAsync());
        Assert.True(verified.IsValid, verified.Exception?.Message);
        Assert.StartsWith("tk_", new JsonWebToken(jws).Kid);
    }
}
