using System.Xml.Linq;

namespace CradleToCareer.Domain.Transcripts.Pesc.Exchange;

/// <summary>A PESC document read from untrusted bytes: the document when it may be used, else every error found.</summary>
/// <param name="Document">The parsed document, with line information; null whenever there are errors.</param>
/// <param name="Errors">Every error, in document order; empty exactly when <paramref name="Document"/> is set.</param>
public sealed record PescDocumentResult(XDocument? Document, IReadOnlyList<PescDocumentError> Errors);
