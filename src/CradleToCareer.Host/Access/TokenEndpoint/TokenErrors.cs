using CradleToCareer.Host.Hosting.Problems;

namespace CradleToCareer.Host.Access.TokenEndpoint;

/// <summary>
/// The token endpoint's refusals: RFC 6749's <c>error</c> and <c>error_description</c> inside a problem+json body.
/// Waiting is <c>slow_down</c> (429, the client's own pace) or <c>temporarily_unavailable</c> (503, the silo's),
/// both with <c>Retry-After</c>.
/// </summary>
internal static class TokenErrors
{
    public static IResult Problem(int status, string error, string description) => TypedResults.Problem(
        description,
        statusCode: status,
        title: error,
        extensions: new Dictionary<string, object?> { ["error"] = error, ["error_description"] = description });

    public static IResult InvalidClient(HttpResponse response)
    {
        response.Headers.WWWAuthenticate = "Basic realm=\"c2c\"";
        return Problem(StatusCodes.Status401Unauthorized, "invalid_client", "The client is unknown or the secret is wrong.");
    }

    public static IResult LockedOut(HttpResponse response, TimeSpan wait)
    {
        RetryAfter.Set(response, wait);
        return Problem(
            StatusCodes.Status429TooManyRequests,
            "slow_down",
            "Too many wrong secrets were sent for this client: its secret is not checked until Retry-After seconds have passed.");
    }

    public static IResult TooManyRequests(HttpResponse response, TimeSpan wait)
    {
        RetryAfter.Set(response, wait);
        return Problem(
            StatusCodes.Status429TooManyRequests,
            "slow_down",
            "Too many token requests came from this address. Wait for the Retry-After seconds and send again.");
    }

    public static IResult Busy(HttpResponse response)
    {
        RetryAfter.Set(response, TimeSpan.FromSeconds(1));
        return Problem(
            StatusCodes.Status503ServiceUnavailable,
            "temporarily_unavailable",
            "The service is checking as many client secrets as it can right now. Send the request again after Retry-After seconds.");
    }
}
