using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// Writes the PESC TranscriptResponse v1.4.0 for a transcript request (docs/transcripts.md, PESC responses): where
/// the request stands, about the student the requester described. Every document validates against the PESC
/// schemas, and the same arguments give the same document.
/// </summary>
public static class PescTranscriptResponses
{
    private const int TrackingIdLength = 35;

    /// <summary>The root element of every response.</summary>
    public static XName Root { get; } = PescNamespaces.TranscriptResponse + "TranscriptResponse";

    /// <summary>
    /// TransmissionData: a DocumentID made from the request id and <paramref name="now"/>, a Response sent by the
    /// issuer to the requesting organization. Response: the requester's RequestTrackingID (the request id when it
    /// sent none or one over PESC's 35 characters, which then goes in a note), the status as PESC's
    /// ResponseStatus, the student as the requester described it, and notes with our own status and, once issued,
    /// the transcript id.
    /// </summary>
    /// <param name="issuer">The issuing service's id, as transcripts name it.</param>
    /// <param name="issuerName">The issuing service's name, for people.</param>
    /// <exception cref="ArgumentException">The request's status is not one of <see cref="TranscriptRequestStatus.Known"/>.</exception>
    public static XDocument Write(TranscriptRequestRecord request, string issuer, string issuerName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(issuerName);
        var ns = PescNamespaces.TranscriptResponse;
        var created = new XElement("CreatedDateTime", PescText.Instant(now));
        var tracking = request.Request.RequestTrackingId;
        var trackingFits = tracking is { Length: > 0 and <= TrackingIdLength };
        var trackingTooLong = tracking is { Length: > TrackingIdLength };
        var released = PescResponseStatuses.Released(request.Status);
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Root,
                new XAttribute(XNamespace.Xmlns + "TrnResp", ns),
                new XElement(ns + "TransmissionData",
                    new XElement("DocumentID", DocumentId(request.RequestId, now)),
                    created,
                    new XElement("DocumentTypeCode", "Response"),
                    new XElement("TransmissionType", "Original"),
                    new XElement("Source", PescOrganizations.Organization(issuer, issuerName)),
                    new XElement("Destination", PescOrganizations.Organization(request.OrganizationId))),
                new XElement(ns + "Response",
                    created,
                    new XElement("RequestTrackingID", trackingFits ? tracking : request.RequestId),
                    new XElement("ResponseStatus", PescResponseStatuses.Of(request.Status)),
                    PescResponseStudents.Of(request.Request.Student, issuer, issuerName, released),
                    PescText.Notes("Status: " + request.Status),
                    trackingTooLong ? PescText.Notes("Request tracking id: " + tracking) : [],
                    released && request.TranscriptId is { } transcriptId ? PescText.Notes("Transcript id: " + transcriptId) : [])));
    }

    /// <summary>"rs_" and 32 hex digits of a hash of the request id and the time: one id per response, at most 35 characters.</summary>
    private static string DocumentId(string requestId, DateTimeOffset now)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(requestId + "\n" + PescText.Instant(now)));
        return "rs_" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
