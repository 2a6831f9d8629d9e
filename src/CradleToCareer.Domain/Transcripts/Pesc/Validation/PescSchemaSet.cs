using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CradleToCareer.Domain.Transcripts.Pesc.Validation;

/// <summary>
/// PESC's College Transcript v1.6.0, High School Transcript v1.5.0, Transcript Request and Response v1.4.0 and
/// Transcript Acknowledgment v1.3.0 schemas with the ones they import, compiled once into one set from the copies
/// embedded in this assembly (each message has its own target namespace), and validation of a document against them.
/// </summary>
public static class PescSchemaSet
{
    private static readonly string[] MessageSchemas =
    [
        "CollegeTranscript_v1.6.0.xsd",
        "HighSchoolTranscript_v1.5.0.xsd",
        "TranscriptRequest_v1.4.0.xsd",
        "TranscriptResponse_v1.4.0.xsd",
        "TranscriptAcknowledgement_v1.3.0.xsd",
    ];
    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock ValidationLock = new();

    /// <summary>The compiled schemas, one instance shared by every caller; treat it as read-only.</summary>
    public static XmlSchemaSet Schemas => Compiled.Value;

    /// <summary>Every error and warning, each with the path of the node it concerns; empty when the document is valid.</summary>
    public static IReadOnlyList<PescValidationProblem> Validate(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<PescValidationProblem>();
        Validate(document, (sender, e) => problems.Add(new PescValidationProblem(e.Severity, XmlNodePaths.Of(sender), e.Message)));
        return problems;
    }

    /// <summary>Validates the document, handing every error and warning with the node it concerns to <paramref name="report"/>.</summary>
    internal static void Validate(XDocument document, ValidationEventHandler report)
    {
        var schemas = Schemas;
        lock (ValidationLock)
        {
            document.Validate(schemas, report);
        }
    }

    /// <summary>Reads every message schema from the resources, their imports through the same resolver, and compiles them.</summary>
    /// <exception cref="InvalidOperationException">A schema is missing or does not compile, with every reason.</exception>
    private static XmlSchemaSet Compile()
    {
        var resolver = new EmbeddedSchemaResolver();
        var schemas = new XmlSchemaSet { XmlResolver = resolver };
        var problems = new List<string>();
        schemas.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        var settings = new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit };
        foreach (var fileName in MessageSchemas)
        {
            using var reader = XmlReader.Create(EmbeddedSchemaResolver.AddressOf(fileName).AbsoluteUri, settings);
            schemas.Add(null, reader);
        }

        schemas.Compile();
        return problems.Count == 0
            ? schemas
            : throw new InvalidOperationException($"The embedded PESC schemas do not compile: {string.Join(" | ", problems)}");
    }
}
