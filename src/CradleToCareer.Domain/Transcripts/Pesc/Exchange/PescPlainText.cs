using System.Xml.Linq;
using CradleToCareer.Domain.Text;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// Text is text in XML as in JSON (<see cref="PlainText"/>): XML itself already refuses most control characters,
/// but lets through tab, line feed, U+007F-U+009F and bidirectional overrides. Every text value and attribute value
/// holding one is an error at its element or attribute; the message names the character, not the value.
/// </summary>
internal static class PescPlainText
{
    public static IEnumerable<PescDocumentError> Errors(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes())
            {
                if (PlainText.Problem(attribute.Value) is { } problem)
                {
                    yield return PescDocumentError.At(attribute, $"The '{attribute.Name.LocalName}' attribute {problem}.");
                }
            }

            foreach (var text in element.Nodes().OfType<XText>())
            {
                if (PlainText.Problem(text.Value) is { } problem)
                {
                    yield return PescDocumentError.At(element, $"The '{element.Name.LocalName}' element {problem}.");
                }
            }
        }
    }
}
