using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Host.Pages.Steward;

/// <summary>The words of the steward's pages: field names, agreements, kinds of items and why a merge was refused.</summary>
internal static class StewardWords
{
    public static string Field(string field) => field switch
    {
        "firstName" => "First name",
        "lastName" => "Last name",
        "birthDate" => "Birth date",
        "sex" => "Sex",
        "ssn" => "SSN",
        "ssid" => "SSID",
        "streetAddress" => "Street address",
        "city" => "City",
        "postalCode" => "Postal code",
        _ => field,
    };

    public static string Agreement(string agreement) => agreement switch
    {
        "agree" => "agree",
        "partial" => "partly agree",
        "disagree" => "disagree",
        "missing" => "missing on one side",
        _ => agreement,
    };

    public static string Kind(string kind) => kind switch
    {
        ReviewKinds.PossibleMatch => "Possible match",
        ReviewKinds.IdentifierConflict => "Identifier conflict",
        ReviewKinds.MatcherMerge => "Merged by matching",
        _ => kind,
    };

    public static string Refusal(MergeStatus status) => status switch
    {
        MergeStatus.SurvivorNotFound => "No person has the survivor's id.",
        MergeStatus.MergedNotFound => "No person has the merged id.",
        MergeStatus.SamePerson => "These two are already the same person.",
        MergeStatus.SurvivorMergedAway => "The survivor was itself merged into another person since; merge into that person instead.",
        _ => "The person to merge is already merged into another.",
    };

    public static string Masked(string? value) => value ?? "not known";

    /// <summary>A masked person in a few words, or nothing when no record names them on their own (merged away).</summary>
    public static string Briefly(Application.Identity.MaskedPerson person) =>
        person is { FirstName: null, LastName: null, BirthDate: null }
            ? ""
            : $"({Masked(person.FirstName)} {Masked(person.LastName)}, born {Masked(person.BirthDate)})";

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
