using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CradleToCareer.Domain.Transcripts.Pesc.Validation;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>
/// Reads a PESC message from an untrusted request body and checks it, reporting every problem with its line and
/// column. The encoding is detected as XML does: a byte order mark (UTF-8, UTF-16 LE or BE), else the XML
/// declaration's <c>encoding</c>, else UTF-8. Any namespace prefix, or a default namespace, may name the root.
/// <list type="bullet">
/// <item>A DTD is refused outright (so no entity is ever expanded and nothing outside the body is fetched: no XXE,
/// no billion laughs), as is anything that is not well-formed XML: one error at the place the parser stopped.</item>
/// <item>A root other than the expected element in the expected namespace is one error naming both.</item>
/// <item>Elements nested deeper than <see cref="MaxDepth"/> are refused before validation walks them.</item>
/// <item>Otherwise every value that is not <see cref="Text.PlainText"/> and every schema error is reported, not only
/// the first. Schema warnings (such as a lax extension element no schema describes) are not reasons to refuse
/// and are not reported.</item>
/// </list>
/// The body's size is the caller's to limit before it gets here.
/// </summary>
public static partial class PescDocumentReader
{
    /// <summary>PESC messages nest about ten levels; extensions get room, but no more than this.</summary>
    public const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static PescDocumentResult Read(byte[] body, XName root)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var stream = new MemoryStream(body, writable: false);
        return Read(stream, root);
    }

    public static PescDocumentResult Read(Stream body, XName root)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(root);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(body, Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // The DTD refusal, for one, comes without a place: it is reported at the start of the document.
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : (1, 1);
            return Refused(new PescDocumentError(line, column, string.Empty, NotWellFormed(e)));
        }

        if (TooDeep(document) is { } deep)
        {
            return Refused(PescDocumentError.At(deep, $"Elements are nested deeper than {MaxDepth} levels."));
        }

        if (document.Root!.Name != root)
        {
            return Refused(PescDocumentError.At(document.Root, WrongRoot(document.Root.Name, root)));
        }

        var errors = PescPlainText.Errors(document).Concat(SchemaErrors(document))
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        return errors.Count == 0 ? new PescDocumentResult(document, []) : new PescDocumentResult(null, errors);
    }

    private static PescDocumentResult Refused(PescDocumentError error) => new(null, [error]);

    private static List<PescDocumentError> SchemaErrors(XDocument document)
    {
        var errors = new List<PescDocumentError>();
        PescSchemaSet.Validate(document, (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                var node = sender as XObject;
                errors.Add(PescDocumentError.At(node, PescSsnMasking.Message(node, e.Message)));
            }
        });
        return errors;
    }

    /// <summary>The first element deeper than <see cref="MaxDepth"/>, found without recursion.</summary>
    private static XElement? TooDeep(XDocument document)
    {
        var pending = new Stack<(XElement Element, int Depth)>();
        pending.Push((document.Root!, 1));
        while (pending.TryPop(out var next))
        {
            if (next.Depth > MaxDepth)
            {
                return next.Element;
            }

            foreach (var child in next.Element.Elements())
            {
                pending.Push((child, next.Depth + 1));
            }
        }

        return null;
    }

    private static string WrongRoot(XName found, XName expected) =>
        $"The root element must be '{expected.LocalName}' in namespace '{expected.NamespaceName}'; "
        + $"this one is '{found.LocalName}' in {(found.Namespace == XNamespace.None ? "no namespace" : $"namespace '{found.NamespaceName}'")}.";

    /// <summary>The parser's reason without the place it appends (the error carries that), SSNs masked.</summary>
    private static string NotWellFormed(XmlException e)
    {
        var reason = e.Message.Contains(" DTD ", StringComparison.Ordinal)
            ? "A DTD (<!DOCTYPE ...>) is not accepted: documents may not declare entities or refer to anything outside themselves."
            : PlaceSuffix().Replace(e.Message, string.Empty);
        return PescSsnMasking.Masked("The body is not well-formed XML: " + reason);
    }

    [GeneratedRegex(@"\s*Line [0-9]+, position [0-9]+\.\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSuffix();
}
