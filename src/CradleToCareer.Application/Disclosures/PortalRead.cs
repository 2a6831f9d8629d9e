namespace CradleToCareer.Application.Disclosures;

/// <summary>
/// What a student portal read, as its disclosure is recorded. The portal reads without a consent, so its entries name
/// none (<see cref="NoConsent"/>) and their purpose says which student session, if any, the portal acted in.
/// </summary>
public sealed record PortalRead(string Recorded)
{
    /// <summary>The consent id of a portal read's entry: there is none.</summary>
    public const string NoConsent = "";

    public static readonly PortalRead Profile = new("profile");

    public static readonly PortalRead Consents = new("consents");

    public static readonly PortalRead Disclosures = new("disclosures");

    /// <summary>The transcript requests awaiting the student's consent.</summary>
    public static readonly PortalRead TranscriptRequests = new("transcript-requests");

    /// <summary>A resolve hit: the person id of a student block.</summary>
    public static readonly PortalRead Identity = new(DisclosureScope.Identity.Recorded);

    /// <summary>The purpose recorded for a portal read made in the student session (null: the portal named none).</summary>
    public static string PurposeFor(string? studentSession) =>
        studentSession is null ? "student portal, no student session named" : "student portal, student session " + studentSession;
}
