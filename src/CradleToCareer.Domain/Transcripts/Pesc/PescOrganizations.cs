using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// Our institution and organization ids as PESC organization ids: "ipeds:NNNNNN" also as IPEDS,
/// "cds:" + 14 digits (California County-District-School code) also as a LocalOrganizationID qualified CA,
/// and every id as it is in MutuallyDefined, or in a NoteMessage when longer than MutuallyDefined allows.
/// </summary>
internal static class PescOrganizations
{
    private const string IpedsPrefix = "ipeds:";
    private const string CdsPrefix = "cds:";
    private const int IpedsLength = 6;
    private const int CdsLength = 14;
    private const int MutuallyDefinedLength = 60;
    private const int NameLength = 60;

    /// <summary>An AcRec:OrganizationType (TransmissionData Source and Destination), named when a name is given.</summary>
    public static XElement Organization(string id, string? name = null) =>
        new("Organization",
            IdGroup(id),
            LocalId(id),
            PescText.Fit(name, NameLength) is { } fitted ? new XElement("OrganizationName", fitted) : null,
            NoteIfTooLong(id));

    /// <summary>
    /// Reads back the institution id a School or Organization element carries the way <see cref="School"/> writes it:
    /// "ipeds:" and its IPEDS when that is 6 digits, else "cds:" and a 14-digit LocalOrganizationID qualified CA;
    /// null when it has neither.
    /// </summary>
    public static string? InstitutionIdOf(XElement organization)
    {
        var ipeds = organization.Element("IPEDS")?.Value.Trim();
        if (ipeds is not null && CodeAfter(IpedsPrefix + ipeds, IpedsPrefix, IpedsLength) is not null)
        {
            return IpedsPrefix + ipeds;
        }

        var local = organization.Element("LocalOrganizationID");
        var cds = local?.Element("LocalOrganizationIDCode")?.Value.Trim();
        return local?.Element("LocalOrganizationIDQualifier")?.Value.Trim() == "CA"
            && cds is not null
            && CodeAfter(CdsPrefix + cds, CdsPrefix, CdsLength) is not null
                ? CdsPrefix + cds
                : null;
    }

    /// <summary>An AcRec:SchoolType; an institution without a name is named by its id, since the name is required.</summary>
    public static XElement School(string id, string? name, string? schoolLevel) =>
        new("School",
            new XElement("OrganizationName", NameOrId(name, id)),
            IdGroup(id),
            LocalId(id),
            schoolLevel is null ? null : new XElement("SchoolLevel", schoolLevel),
            NoteIfTooLong(id));

    /// <summary>An AcRec:HighSchoolType, which has no LocalOrganizationID.</summary>
    public static XElement HighSchool(string id, string? name) =>
        new("HighSchool", new XElement("OrganizationName", NameOrId(name, id)), IdGroup(id));

    /// <summary>The elements of core:OrganizationIDMultiChoiceGroup, in schema order.</summary>
    private static IEnumerable<XElement> IdGroup(string id)
    {
        if (CodeAfter(id, IpedsPrefix, IpedsLength) is { } ipeds)
        {
            yield return new XElement("IPEDS", ipeds);
        }

        if (id.Length is > 0 and <= MutuallyDefinedLength)
        {
            yield return new XElement("MutuallyDefined", id);
        }
    }

    private static XElement? LocalId(string id) =>
        CodeAfter(id, CdsPrefix, CdsLength) is { } cds
            ? new XElement("LocalOrganizationID",
                new XElement("LocalOrganizationIDCode", cds),
                new XElement("LocalOrganizationIDQualifier", "CA"))
            : null;

    private static IEnumerable<XElement> NoteIfTooLong(string id) =>
        id.Length > MutuallyDefinedLength ? PescText.Notes("Id: " + id) : [];

    private static string NameOrId(string? name, string id) => PescText.Fit(name, NameLength) ?? PescText.Fit(id, NameLength) ?? "Unknown";

    /// <summary>The digits after <paramref name="prefix"/> when there are exactly <paramref name="digits"/> of them.</summary>
    private static string? CodeAfter(string id, string prefix, int digits) =>
        id.StartsWith(prefix, StringComparison.Ordinal)
        && id.Length == prefix.Length + digits
        && !id.AsSpan(prefix.Length).ContainsAnyExceptInRange('0', '9')
            ? id[prefix.Length..]
            : null;
}
