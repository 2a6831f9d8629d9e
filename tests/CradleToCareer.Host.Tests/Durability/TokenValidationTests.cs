using CradleToCareer.Storage.InMemory.Access.Signing;
using CradleToCareer.Storage.Postgres.Access.Signing;
using System.Net;
using System.Net.Http.Headers;
using CradleToCareer.Host.Tests.Infrastructure;
using CradleToCareer.Application.Access.Signing;
using CradleToCareer.Testing;
using Npgsql;

namespace CradleToCareer.Host.Tests.Durability;

/// <summary>
/// Tokens the service must refuse, made with the service's own signing keys read from its database:
/// expired, for another issuer or audience, signed by a stranger; and rotation without downtime.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TokenValidationTests(PostgresFixture postgres)
{
    private const string Issuer = "urn:c2c:record-service";
    private const string Audience = "urn:c2c:api";
    private static readonly string UnknownStudent = "/v1/students/p_" + new string('0', 32);

    [Fact]
    public async Task Expired_foreign_issuer_foreign_audience_and_forged_tokens_are_401_and_a_good_one_passes()
    {
        var database = await postgres.CreateDatabaseAsync("tokens");
        await using var service = await ServiceUnderTest.StartAsync(database);
        using var dataSource = NpgsqlDataSource.Create(database);
        var keys = await RingAsync(new PostgresSigningKeyStore(dataSource, KeyEncryptionKey()), TimeProvider.System);
        var stranger = await RingAsync(new InMemorySigningKeyStore(), TimeProvider.System);
        var hourAgo = new FakeClock(DateTimeOffset.UtcNow.AddHours(-1));
        var client = await RealClientAsync(service);

        var good = Token(keys, TimeProvider.System, Issuer, Audience, client);
        var expired = Token(keys, hourAgo, Issuer, Audience, client);
        var otherIssuer = Token(keys, TimeProvider.System, "urn:someone-else", Audience, client);
        var otherAudience = Token(keys, TimeProvider.System, Issuer, "urn:another-api", client);
        var forged = Token(stranger, TimeProvider.System, Issuer, Audience, client);
        var unknownClient = Token(keys, TimeProvider.System, Issuer, Audience, new AccessTokenClaims("c_test", TestTenant.OrganizationId, ["student-portal"], [], "0000000000000000"));

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(service, good));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(service, expired));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(service, otherIssuer));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(service, otherAudience));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(service, forged));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(service, unknownClient));
    }

    [Fact]
    public async Task After_a_rotation_tokens_of_the_new_key_are_accepted_and_those_of_the_old_one_still_are()
    {
        var database = await postgres.CreateDatabaseAsync("rotation");
        await using var service = await ServiceUnderTest.StartAsync(database, "C2C:Security:KeyRefreshSeconds=1");
        using var dataSource = NpgsqlDataSource.Create(database);
        var keys = await RingAsync(new PostgresSigningKeyStore(dataSource, KeyEncryptionKey()), TimeProvider.System);
        var client = await RealClientAsync(service);
        var beforeRotation = Token(keys, TimeProvider.System, Issuer, Audience, client);

        await keys.RotateAsync(CancellationToken.None);
        var afterRotation = Token(keys, TimeProvider.System, Issuer, Audience, client);
        var accepted = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 50 && accepted != HttpStatusCode.NotFound; attempt++)
        {
            await Task.Delay(200);
            accepted = await StatusAsync(service, afterRotation);
        }

        Assert.NotEqual(beforeRotation.Split('.')[0], afterRotation.Split('.')[0]);
        Assert.Equal(HttpStatusCode.NotFound, accepted);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(service, beforeRotation));
    }

    private static byte[] KeyEncryptionKey() => Convert.FromBase64String(ServiceUnderTest.KeyEncryptionKey);

    private static async Task<SigningKeyRing> RingAsync(ISigningKeyStore store, TimeProvider clock)
    {
        var ring = new SigningKeyRing(store, clock);
        await ring.InitializeAsync(CancellationToken.None);
        return ring;
    }

    private static string Token(SigningKeyRing keys, TimeProvider clock, string issuer, string audience, AccessTokenClaims claims) =>
        new AccessTokenIssuer(keys, clock, issuer, audience, TimeSpan.FromMinutes(15)).Issue(claims).Token;

    /// <summary>The claims of a real student-portal client of the test tenant, read from a token the service issued it.</summary>
    private static async Task<AccessTokenClaims> RealClientAsync(ServiceUnderTest service)
    {
        var (_, token) = await service.Anonymous.NewClientTokenAsync(["student-portal"], TestTenant.OrganizationId);
        var issued = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        return new AccessTokenClaims(
            issued.GetClaim(AccessTokenClaimNames.ClientId).Value,
            TestTenant.OrganizationId,
            ["student-portal"],
            [],
            issued.GetClaim(AccessTokenClaimNames.SecretStamp).Value);
    }

    /// <summary>An unknown student: 404 once the token is accepted, 401 when it is not.</summary>
    private static async Task<HttpStatusCode> StatusAsync(ServiceUnderTest service, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, UnknownStudent);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await service.Anonymous.SendAsync(request)).StatusCode;
    }
}
