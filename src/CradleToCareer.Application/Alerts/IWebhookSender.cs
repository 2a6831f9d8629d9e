namespace CradleToCareer.Application.Alerts;

/// <summary>Sends one signed alert to a receiver.</summary>
public interface IWebhookSender
{
    /// <summary>
    /// POSTs the alert. <paramref name="beforeTheAlertLeaves"/> runs once a connection to the receiver is open (TLS
    /// included), just before the alert's body is written; if it throws, the body is not written. An attempt that
    /// never connected (a name that does not resolve, a refused address or connection, a failed TLS handshake)
    /// never runs it.
    /// </summary>
    Task<WebhookAttempt> SendAsync(WebhookMessage message, Func<Task> beforeTheAlertLeaves, CancellationToken cancellationToken);
}

/// <summary>One alert for one receiver: where, under which webhook id, signed with which key, and the exact body.</summary>
public sealed record WebhookMessage(string Url, string AlertId, byte[] Key, byte[] Body);

/// <summary>
/// What came of one attempt: the receiver's status code, or why there was none. <see cref="Unexpected"/> carries the
/// exception of a failure that is not one of the ordinary network failures, and only then.
/// </summary>
public sealed record WebhookAttempt(int? StatusCode, WebhookFailure Failure, Exception? Unexpected = null)
{
    public static WebhookAttempt Answered(int statusCode) => new(statusCode, WebhookFailure.None);
}

/// <summary>Why an attempt got no status code.</summary>
public enum WebhookFailure
{
    /// <summary>The receiver answered.</summary>
    None,

    /// <summary>The host name did not resolve.</summary>
    NameNotResolved,

    /// <summary>The host resolved only to addresses deliveries may not reach (private, loopback, documentation, ...).</summary>
    AddressRefused,

    /// <summary>The receiver's address refused the connection.</summary>
    ConnectionRefused,

    /// <summary>No connection could be made for another reason (no route, host unreachable).</summary>
    Unreachable,

    /// <summary>The TLS handshake failed.</summary>
    TlsFailed,

    /// <summary>No answer in time, while connecting or while waiting for the answer.</summary>
    TimedOut,

    /// <summary>The receiver closed the connection or answered something that is not HTTP.</summary>
    ExchangeBroken,

    /// <summary>Anything else; the attempt's <see cref="WebhookAttempt.Unexpected"/> says what.</summary>
    Unexpected,
}
