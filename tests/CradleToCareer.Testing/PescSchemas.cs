using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace CradleToCareer.Testing;

/// <summary>
/// The PESC schemas of the contract (College Transcript v1.6.0 and High School Transcript v1.5.0 with the schemas
/// they import), compiled once, and validation of a document against them. The folder is
/// <c>$C2C_PESC_SCHEMA_DIR</c> when set, else the first <c>shared/spec/pesc</c> found walking up from the test
/// binaries (the contract sits beside the repository: <c>../shared/spec/pesc</c> from its root).
/// </summary>
public static class PescSchemas
{
    public const string DirectoryVariable = "C2C_PESC_SCHEMA_DIR";

    private static readonly string[] RootSchemas = ["CollegeTranscript_v1.6.0.xsd", "HighSchoolTranscript_v1.5.0.xsd"];
    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock ValidationLock = new();

    /// <summary>The compiled schema set, shared; treat it as read-only.</summary>
    public static XmlSchemaSet Load() => Compiled.Value;

    /// <summary>Every validation error and warning, each with the path of the element it concerns; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var schemas = Load();
        var problems = new List<string>();
        lock (ValidationLock)
        {
            document.Validate(schemas, (sender, e) => problems.Add($"{e.Severity} at {PathOf(sender)}: {e.Message}"));
        }

        return problems;
    }

    /// <summary>The folder holding the schemas.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder, with every place looked at.</exception>
    public static string SchemaDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasSchemas(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException(
                    $"{DirectoryVariable} is '{configured}', which does not hold {string.Join(" and ", RootSchemas)}.");
        }

        var looked = new List<string>();
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "spec", "pesc");
            if (HasSchemas(candidate))
            {
                return candidate;
            }

            looked.Add(candidate);
        }

        throw new DirectoryNotFoundException(
            $"The PESC schemas ({string.Join(", ", RootSchemas)}) were not found. Set {DirectoryVariable} to their folder, "
            + $"or keep the contract's shared/spec/pesc beside the repository. Looked in: {string.Join("; ", looked)}");
    }

    private static bool HasSchemas(string directory) => RootSchemas.All(file => File.Exists(Path.Combine(directory, file)));

    /// <summary>Loads both message schemas by file URI so their relative imports resolve, and compiles them.</summary>
    private static XmlSchemaSet Compile()
    {
        var directory = SchemaDirectory();
        var resolver = new XmlUrlResolver();
        var schemas = new XmlSchemaSet { XmlResolver = resolver };
        var errors = new List<string>();
        schemas.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add(e.Message);
            }
        };
        var settings = new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit };
        foreach (var file in RootSchemas)
        {
            using var reader = XmlReader.Create(new Uri(Path.Combine(directory, file)).AbsoluteUri, settings);
            schemas.Add(null, reader);
        }

        schemas.Compile();
        return errors.Count == 0
            ? schemas
            : throw new InvalidOperationException($"The PESC schemas in {directory} do not compile: {string.Join(" | ", errors)}");
    }

    private static string PathOf(object? node) =>
        node switch
        {
            XElement element => "/" + string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName)),
            XAttribute attribute => $"{PathOf(attribute.Parent)}/@{attribute.Name.LocalName}",
            _ => "document",
        };
}
