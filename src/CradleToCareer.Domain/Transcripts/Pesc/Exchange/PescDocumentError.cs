using System.Xml;
using System.Xml.Linq;
using CradleToCareer.Domain.Transcripts.Pesc.Validation;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// One reason a PESC document sent to the service is refused: where (line and column from 1, and the path of the
/// element or attribute as <see cref="XmlNodePaths"/> writes it, or "" when the body is not well-formed XML) and
/// what. The message never repeats an SSN.
/// </summary>
/// <param name="Line">The line, from 1; 0 when the document was not loaded with line information.</param>
/// <param name="Column">The column, from 1; 0 like <paramref name="Line"/>.</param>
public sealed record PescDocumentError(int Line, int Column, string Path, string Message)
{
    /// <summary>An error about <paramref name="node"/>, at the place the document had it.</summary>
    internal static PescDocumentError At(XObject? node, string message)
    {
        var place = node as IXmlLineInfo;
        return place is not null && place.HasLineInfo()
            ? new PescDocumentError(place.LineNumber, place.LinePosition, XmlNodePaths.Of(node), message)
            : new PescDocumentError(0, 0, XmlNodePaths.Of(node), message);
    }

    public override string ToString() => $"{Line}:{Column} {Path}: {Message}";
}
