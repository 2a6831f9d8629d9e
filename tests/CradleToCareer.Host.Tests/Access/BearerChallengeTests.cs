using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Access;

/// <summary>
/// A refused bearer token's <c>WWW-Authenticate</c> says the same whatever the reason, so it never tells which
/// signing key ids exist: an unknown key id, a bad signature with a real key id and an expired token with an
/// unknown key id all read alike.
/// </summary>
public sealed class BearerChallengeTests(EmbeddedServiceFixture service) : IClassFixture<EmbeddedServiceFixture>
{
    [Fact]
    public async Task An_unknown_key_a_bad_signature_and_an_expired_token_get_the_same_challenge()
    {
        var token = await service.Anonymous.AdminTokenAsync();
        var parts = token.Split('.');
        var unknownKey = string.Join('.', Rewrite(parts[0], header => header["kid"] = "k_does_not_exist"), parts[1], parts[2]);
        var badSignature = string.Join('.', parts[0], parts[1], Flip(parts[2]));
        var expiredUnknownKey = string.Join(
            '.', Rewrite(parts[0], header => header["kid"] = "k_does_not_exist"), Rewrite(parts[1], Expire), parts[2]);

        var challenges = new List<string>();
        foreach (var refused in new[] { unknownKey, badSignature, expiredUnknownKey, "not-a-jwt" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refused);
            var response = await service.Anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            challenges.Add(response.Headers.WwwAuthenticate.ToString());
        }

        Assert.Single(challenges.Distinct());
        Assert.StartsWith("Bearer error=\"invalid_token\"", challenges[0]);
        Assert.DoesNotContain("key", challenges[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("signature", challenges[0], StringComparison.OrdinalIgnoreCase);
    }

    private static void Expire(JsonObject claims)
    {
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
        claims["iat"] = hourAgo - 60;
        claims["nbf"] = hourAgo - 60;
        claims["exp"] = hourAgo;
    }

    private static string Rewrite(string segment, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Encoding.UTF8.GetString(FromBase64Url(segment)))!.AsObject();
        change(json);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string Flip(string signature) => (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

    private static byte[] FromBase64Url(string segment)
    {
        var padded = segment.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }
}
