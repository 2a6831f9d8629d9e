using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// Reads a PESC TranscriptAcknowledgment v1.3.0, which a requester sends to confirm it received the transcript.
/// Receipt is all it says to us: its counts of courses and awards are the requester's own check and are not compared.
/// </summary>
public static class PescTranscriptAcknowledgements
{
    /// <summary>The root element an acknowledgment must have (PESC's spelling, without the e).</summary>
    public static XName Root { get; } = PescNamespaces.TranscriptAcknowledgment + "Acknowledgment";

    /// <summary>Its ids, from a document <see cref="PescDocumentReader"/> accepted for <see cref="Root"/>.</summary>
    /// <exception cref="ArgumentException">The document's root is not <see cref="Root"/>.</exception>
    public static PescAcknowledgement Read(XDocument valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        var transmission = valid.Root is { } root && root.Name == Root
            ? root.Element("TransmissionData")!
            : throw new ArgumentException($"Not a PESC TranscriptAcknowledgment: its root must be {Root}.", nameof(valid));
        var tracking = transmission.Element("RequestTrackingID")?.Value.Trim();
        return new PescAcknowledgement(
            transmission.Element("DocumentID")!.Value.Trim(),
            string.IsNullOrEmpty(tracking) ? null : tracking);
    }
}
