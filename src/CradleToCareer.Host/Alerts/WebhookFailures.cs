using CradleToCareer.Application.Alerts;

namespace CradleToCareer.Host.Alerts;

/// <summary>
/// Names the failure behind an <see cref="HttpRequestException"/> of a webhook attempt. The ordinary ones (the name,
/// the address, the connection, TLS, a receiver that broke the exchange) are named and nothing more: they are the
/// receiver's state, not a fault here, and a stack trace per retry says nothing new. Anything else keeps its exception.
/// </summary>
internal static class WebhookFailures
{
    public static WebhookAttempt Of(HttpRequestException exception)
    {
        if (ConnectFailure(exception) is { } connect)
        {
            return new WebhookAttempt(null, connect.Failure);
        }

        var failure = exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => WebhookFailure.NameNotResolved,
            HttpRequestError.ConnectionError => WebhookFailure.Unreachable,
            HttpRequestError.SecureConnectionError => WebhookFailure.TlsFailed,
            HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded
                or HttpRequestError.ConfigurationLimitExceeded => WebhookFailure.ExchangeBroken,
            _ => WebhookFailure.Unexpected,
        };
        return new WebhookAttempt(null, failure, failure == WebhookFailure.Unexpected ? exception : null);
    }

    private static WebhookConnectException? ConnectFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is WebhookConnectException connect)
            {
                return connect;
            }
        }

        return null;
    }
}
