using System.Xml.Linq;
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

    private static IEnumerable<XElement> AgencyOf(StudentId id) =>
        StatewideSystems.TryGetValue(id.System, out var name)
            ? Agency(id.Value, "State", name)
            : Agency(id.Value, "MutuallyDefined", id.System);

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
