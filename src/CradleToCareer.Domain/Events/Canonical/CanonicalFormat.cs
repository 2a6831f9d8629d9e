using System.Globalization;

namespace CradleToCareer.Domain.Events.Canonical;

/// <summary>The text forms of values in the canonical stored event.</summary>
internal static class CanonicalFormat
{
    public const string SpecVersion = "1.0";
    public const string DataContentType = "application/json";
    private const string DateFormat = "yyyy-MM-dd";
    private const string UtcTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    /// <summary>Plain decimal notation without trailing zeros or exponent, so 5 and 5.0 both read "5".</summary>
    public static string Number(decimal value) =>
        value == 0 ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>Always in UTC, so the same instant written with different offsets stores the same text.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(UtcTimestampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, UtcTimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
