using System.Xml.Linq;
using CradleToCareer.Domain.Events.Parsing;
using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The student's ids as PESC person ids: our person id and the statewide ids as AgencyIdentifier (agency code
/// State, California), the recipient's own student number as RecipientAssignedID, any other id as an
/// AgencyIdentifier with agency code MutuallyDefined named by its id system. There is never an SSN.
/// </summary>
internal static class PescStudentIds
{
    public const string PersonIdAgency = "Cradle-to-Career person id";

    private const int AgencyIdLength = 30;
    private const int RecipientIdLength = 20;
    private const int AgencyNameLength = 60;

    private static readonly Dictionary<string, string> StatewideSystems = new(StringComparer.Ordinal)
    {
        ["ssid"] = "California Statewide Student Identifier (SSID)",
        ["ccc-id"] = "California Community Colleges (CCCID)",
        ["csu-id"] = "California State University",
        ["uc-id"] = "University of California",
    };

    /// <summary>AgencyIdentifier elements then at most one RecipientAssignedID, the order of the person types.</summary>
    public static IEnumerable<XElement> Of(TranscriptStudent student, string recipientOrgId)
    {
        var recipientSystem = "local:" + recipientOrgId;
        var recipientId = student.Ids.FirstOrDefault(id => id.System == recipientSystem && id.Value.Length <= RecipientIdLength);
        return
        [
            .. Agency(student.PersonId, "State", PersonIdAgency),
            .. student.Ids.Where(id => id != recipientId).SelectMany(AgencyOf),
            .. recipientId is null ? [] : new[] { new XElement("RecipientAssignedID", recipientId.Value) },
        ];
    }

    /// <summary>The id as the AgencyIdentifier <see cref="Of"/> writes for it; none when the value is over 30 characters.</summary>
    public static IEnumerable<XElement> AgencyOf(string system, string value) =>
        StatewideSystems.TryGetValue(system, out var name)
            ? Agency(value, "State", name)
            : Agency(value, "MutuallyDefined", system);

    /// <summary>
    /// The id system an AgencyIdentifier names, reading back what <see cref="AgencyOf(string, string)"/> writes: a
    /// statewide system's agency name under agency code State, or the system itself as the agency name under any code.
    /// Null for any other agency, our own person id included.
    /// </summary>
    public static string? SystemOf(string agencyCode, string? agencyName)
    {
        var name = agencyName?.Trim() ?? string.Empty;
        var statewide = StatewideSystems.FirstOrDefault(system => system.Value == name).Key;
        return agencyCode == "State" && statewide is not null ? statewide
            : FieldKinds.IsIdentifierSystem(name) ? name
            : null;
    }

    private static IEnumerable<XElement> AgencyOf(StudentId id) => AgencyOf(id.System, id.Value);

    /// <summary>One AgencyIdentifier, or none when the value does not fit AgencyAssignedID (1 to 30 characters).</summary>
    private static IEnumerable<XElement> Agency(string value, string agencyCode, string agencyName)
    {
        if (value.Length is 0 or > AgencyIdLength)
        {
            yield break;
        }

        yield return new XElement("AgencyIdentifier",
            new XElement("AgencyAssignedID", value),
            new XElement("AgencyCode", agencyCode),
            PescText.Fit(agencyName, AgencyNameLength) is { } fitted ? new XElement("AgencyName", fitted) : null,
            agencyCode == "State" ? new XElement("StateProvinceCode", "CA") : null);
    }
}
