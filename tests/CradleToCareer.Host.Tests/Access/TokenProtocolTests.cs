using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Access.TokenEndpoint;
using CradleToCareer.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// The edges of RFC 6749 §2.3.1 at <c>POST /oauth/token</c>: credentials as HTTP Basic (each part
/// form-urlencoded) or in the form, but never both in one request.
/// </summary>
public sealed class TokenProtocolTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task Basic_credentials_alone_get_a_token_for_a_new_client_and_for_the_admin()
    {
        var (clientId, secret) = await service.Anonymous.NewTenantClientAsync("source");

        var client = await RequestAsync(Basic(clientId, secret), new() { ["grant_type"] = "client_credentials" });
        var admin = await RequestAsync(Basic(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret), new() { ["grant_type"] = "client_credentials" });
        var wrong = await RequestAsync(Basic(clientId, "not-" + secret), new() { ["grant_type"] = "client_credentials" });

        Assert.Equal(HttpStatusCode.OK, client.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Credentials_both_as_basic_and_in_the_form_are_an_invalid_request(bool idInForm, bool secretInForm)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (idInForm)
        {
            form["client_id"] = ServiceUnderTest.AdminClientId;
        }

        if (secretInForm)
        {
            form["client_secret"] = ServiceUnderTest.AdminSecret;
        }

        var response = await RequestAsync(Basic(ServiceUnderTest.AdminClientId, ServiceUnderTest.AdminSecret), form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid_request", body["error"]!.GetValue<string>());
        Assert.Equal("invalid_request", body["title"]!.GetValue<string>());
        Assert.Contains("one way only", body["error_description"]!.GetValue<string>());
        Assert.DoesNotContain(ServiceUnderTest.AdminSecret, body.ToJsonString());
    }

    [Fact]
    public async Task A_client_id_longer_than_any_client_id_is_an_invalid_request()
    {
        var response = await service.Anonymous.RequestTokenAsync(new string('c', PresentedCredentials.MaxIdLength + 1), "secret");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
    }

    [Fact]
    public void Basic_parts_are_form_urlencoded_so_plus_is_a_space_and_escapes_are_decoded()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = Basic("ops%3Aadmin", "a+b%2Bc%25d").ToString();

        var (credentials, problem) = PresentedCredentials.Read(context.Request, new FormCollection(null));

        Assert.Null(problem);
        Assert.Equal(new PresentedCredentials("ops:admin", "a b+c%d"), credentials);
    }

    [Fact]
    public void A_basic_header_that_cannot_be_read_leaves_the_credentials_empty()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Basic not*base64";

        var (credentials, problem) = PresentedCredentials.Read(context.Request, new FormCollection(null));

        Assert.Null(problem);
        Assert.Equal(new PresentedCredentials(null, null), credentials);
    }

    private static AuthenticationHeaderValue Basic(string id, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(id + ":" + secret)));

    private async Task<HttpResponseMessage> RequestAsync(AuthenticationHeaderValue authorization, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = authorization;
        return await service.Anonymous.SendAsync(request);
    }
}
