using System.Net;
using System.Net.Http.Headers;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>Tokens of a configured external OpenID Connect authority are accepted next to the service's own.</summary>
public sealed class ExternalIssuerTests
{
    private const string Audience = "urn:c2c:api:external";
    private static readonly string UnknownStudent = "/v1/students/p_" + new string('0', 32);

    [Fact]
    public async Task An_external_token_passes_with_its_roles_and_a_forged_or_misaddressed_one_does_not()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        await using var service = await ServiceUnderTest.StartAsync(
            null,
            $"C2C:Security:ExternalAuthority={provider.Issuer}",
            $"C2C:Security:ExternalAudience={Audience}",
            "C2C:Security:ExternalRequireHttps=false");

        var portal = await GetAsync(service, provider.Token(Audience, TestTenant.OrganizationId, "student-portal"));
        var source = await GetAsync(service, provider.Token(Audience, TestTenant.OrganizationId, "source"));
        var forged = await GetAsync(service, provider.Token(Audience, TestTenant.OrganizationId, "student-portal", signedByStranger: true));
        var otherAudience = await GetAsync(service, provider.Token("urn:somewhere-else", TestTenant.OrganizationId, "student-portal"));
        var own = await service.Http.GetAsync(UnknownStudent);

        Assert.Equal(HttpStatusCode.NotFound, portal);
        Assert.Equal(HttpStatusCode.Forbidden, source);
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAudience);
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
    }

    private static async Task<HttpStatusCode> GetAsync(ServiceUnderTest service, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, UnknownStudent);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await service.Anonymous.SendAsync(request)).StatusCode;
    }
}
