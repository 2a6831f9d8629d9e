using System.Xml.Schema;

namespace CradleToCareer.Domain.Transcripts.Pesc.Validation;

/// <summary>One way a document breaks the PESC schemas: how bad, the path of the element or attribute, what.</summary>
public sealed record PescValidationProblem(XmlSeverityType Severity, string Path, string Message)
{
    public override string ToString() => $"{Severity} at {Path}: {Message}";
}
