using System.Xml.Linq;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Transcripts.Requests;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// What a PESC TranscriptRequest v1.4.0 asks for (docs/transcripts.md, PESC requests). The document is one
/// <see cref="PescDocumentReader"/> accepted for <see cref="Root"/>: well-formed, plain text and schema-valid. On top
/// of the schema, a document carries exactly one Request with at most one Recipient (the transcript goes to the
/// requesting organization and nowhere else), and its student must be one we could find (events.md's id rule).
/// </summary>
public static class PescTranscriptRequests
{
    /// <summary>The root element a TranscriptRequest document must have.</summary>
    public static XName Root { get; } = PescNamespaces.TranscriptRequest + "TranscriptRequest";

    /// <summary>
    /// The request, or null with every reason it cannot be one. Level from the Recipient's TranscriptType (default
    /// all), purpose from its TranscriptPurpose (default admission), format from its ElectronicDelivery's
    /// ElectronicFormat (default the PESC XML transcript), the requester's reference from its RequestTrackingID, else
    /// TransmissionData's. PESC has no place for a delivery URL: it is always null here.
    /// </summary>
    /// <exception cref="ArgumentException">The document's root is not <see cref="Root"/>.</exception>
    public static (RequestedTranscript? Request, IReadOnlyList<PescDocumentError> Errors) Read(XDocument valid, ISsnTokenizer ssn)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(ssn);
        var root = valid.Root is { } element && element.Name == Root
            ? element
            : throw new ArgumentException($"Not a PESC TranscriptRequest: its root must be {Root}.", nameof(valid));

        var errors = new List<PescDocumentError>();
        var requests = root.Elements(PescNamespaces.TranscriptRequest + "Request").ToList();
        if (requests.Count > 1)
        {
            errors.Add(PescDocumentError.At(requests[1],
                $"A document carries one Request; this one carries {requests.Count}. Send each request in a document of its own."));
        }

        var request = requests[0];
        var recipients = request.Elements("Recipient").ToList();
        if (recipients.Count > 1)
        {
            errors.Add(PescDocumentError.At(recipients[1],
                "A Request names at most one Recipient: the transcript goes to the requesting organization only."));
        }

        var recipient = recipients.FirstOrDefault();
        var student = PescRequestedStudents.Read(request.Element("RequestedStudent")!, ssn, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var trackingId = recipient?.Element("RequestTrackingID")
            ?? root.Element(PescNamespaces.TranscriptRequest + "TransmissionData")!.Element("RequestTrackingID");
        return (new RequestedTranscript(
            student,
            PescRequestChoices.Level(recipient?.Element("TranscriptType")?.Value.Trim()),
            PescRequestChoices.Purpose(recipient?.Element("TranscriptPurpose")?.Value.Trim()),
            PescRequestChoices.Format(recipient?.Element("ElectronicDelivery")?.Element("ElectronicFormat")?.Value.Trim()),
            DeliveryUrl: null,
            trackingId?.Value.Trim() is { Length: > 0 } tracking ? tracking : null), errors);
    }
}
