using System.Globalization;
using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>
/// Writes a FEBRL record as the service's student block, every field as it stands (FEBRL writes lower case) and blank
/// fields left out: given name and surname as first and last name; street number, address 1 and address 2 as the street
/// address ("6 tullaroop street, willaroo"); suburb as the city. Three fields change shape, each the same way every
/// time so that equal values stay equal and a one-digit error stays one digit:
/// <list type="bullet">
/// <item>the 4-digit Australian postcode becomes a 5-digit postal code with <see cref="PostalCodePrefix"/> in front
/// (2776 → 02776);</item>
/// <item>the date of birth YYYYMMDD becomes the birth date when it is a real date within the service's years
/// (<see cref="MinBirthYear"/>..<see cref="MaxBirthYear"/>), and is left out otherwise (FEBRL corrupts some into
/// 19620231);</item>
/// <item>the 7-digit social security id becomes an SSN with <see cref="SsnPrefix"/> in front, written 3-2-4
/// (6988048 becomes 506988048, with dashes after the third and fifth digits): area 500-509 is an issued range,
/// and the service takes any 9 digits. A group 00 or serial 0000, never issued, can come out of it; the service's
/// SSN check is the shape only.</item>
/// </list>
/// A postcode or social security id of another shape is left out too (none in the FEBRL files).
/// </summary>
public static class FebrlStudent
{
    public const string PostalCodePrefix = "0";
    public const string SsnPrefix = "50";

    /// <summary>The birth years the service accepts (its event date fields run from 1900 to 2100).</summary>
    public const int MinBirthYear = 1900;

    public const int MaxBirthYear = 2100;

    public static StudentBlock Of(FebrlRecord record, StudentId id) =>
        new(
            [id],
            record.GivenName,
            null,
            record.Surname,
            BirthDate(record.DateOfBirth),
            null,
            StreetAddress(record),
            record.Suburb,
            PostalCode(record.Postcode),
            Ssn(record.SocSecId));

    public static DateOnly? BirthDate(string? yyyymmdd) =>
        yyyymmdd is not null
        && DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year is >= MinBirthYear and <= MaxBirthYear
            ? date
            : null;

    public static string? PostalCode(string? postcode) =>
        IsDigits(postcode, 4) ? PostalCodePrefix + postcode : null;

    public static string? Ssn(string? socSecId)
    {
        if (!IsDigits(socSecId, 7))
        {
            return null;
        }
        var digits = SsnPrefix + socSecId;
        return $"{digits[..3]}-{digits[3..5]}-{digits[5..]}";
    }

    /// <summary>"number street" from the first two, then ", address 2"; null when all three are blank.</summary>
    public static string? StreetAddress(FebrlRecord record)
    {
        var street = string.Join(" ", new[] { record.StreetNumber, record.Address1 }.OfType<string>());
        var address = string.Join(", ", new[] { street, record.Address2 }.Where(part => !string.IsNullOrEmpty(part)));
        return address.Length == 0 ? null : address;
    }

    private static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
