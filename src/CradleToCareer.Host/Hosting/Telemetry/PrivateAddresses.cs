using System.Diagnostics;

namespace CradleToCareer.Host.Hosting.Telemetry;

/// <summary>
/// What a span may say of an HTTP exchange. An incoming request's span keeps its route (<c>http.route</c>, such as
/// <c>/v1/students/{personId}</c>) but not the path and query it was sent with, which carry person ids, activation and
/// verification codes; an outgoing request's span (a webhook, a sign-in provider) names the receiver's scheme, host and
/// port, not the rest of its address.
/// </summary>
internal static class PrivateAddresses
{
    public static void OfIncoming(Activity activity, HttpRequest request)
    {
        activity.SetTag("url.path", null);
        activity.SetTag("url.query", null);
    }

    public static void OfOutgoing(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } address)
        {
            activity.SetTag("url.full", address.GetLeftPart(UriPartial.Authority));
        }
    }
}
