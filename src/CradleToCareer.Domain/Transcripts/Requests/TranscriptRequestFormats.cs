namespace CradleToCareer.Domain.Transcripts.Requests;

/// <summary>The representations a requested transcript may be issued in (exchange.md, the request's <c>format</c>).</summary>
public static class TranscriptRequestFormats
{
    public const string Json = "application/json";
    public const string Jws = "application/jwt";
    public const string Xml = "application/xml";
    public const string Pdf = "application/pdf";

    public static IReadOnlyList<string> Known { get; } = [Json, Jws, Xml, Pdf];

    public static bool IsKnown(string? format) => format is Json or Jws or Xml or Pdf;
}
