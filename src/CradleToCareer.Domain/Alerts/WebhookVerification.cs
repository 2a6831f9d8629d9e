namespace CradleToCareer.Domain.Alerts;

/// <summary>The outcome of checking a Standard Webhooks delivery.</summary>
public enum WebhookVerification
{
    Valid,

    /// <summary>The message id is empty or contains a full stop, which would make the signed content ambiguous.</summary>
    MalformedMessageId,

    /// <summary>The timestamp is not a whole number of seconds since the Unix epoch.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is further from now than the tolerance, in either direction.</summary>
    TimestampOutsideTolerance,

    /// <summary>No <c>v1</c> signature in the header matches.</summary>
    NoMatchingSignature,
}
