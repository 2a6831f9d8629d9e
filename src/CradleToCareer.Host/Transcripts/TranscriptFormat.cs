using Microsoft.Net.Http.Headers;

namespace CradleToCareer.Host.Transcripts;

/// <summary>The representations of a transcript (api.md, Views, Transcript), chosen by the request's <c>Accept</c>.</summary>
public enum TranscriptFormat
{
    Json,
    Jws,
    PescXml,
    Pdf,
}

/// <summary>Content negotiation for transcripts: the supported type of highest quality, JSON when nothing is asked.</summary>
public static class TranscriptFormats
{
    public const string Json = "application/json";
    public const string Jws = "application/jwt";
    public const string Xml = "application/xml";
    public const string Pdf = "application/pdf";

    public static IReadOnlyList<string> Supported { get; } = [Json, Jws, Xml, Pdf];

    /// <summary>The format to answer in, or null when <c>Accept</c> names no supported type (406).</summary>
    public static TranscriptFormat? Negotiate(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return TranscriptFormat.Json;
        }

        return accepted
            .Where(range => range.Quality is not 0)
            .OrderByDescending(range => range.Quality ?? 1)
            .Select(FormatOf)
            .FirstOrDefault(format => format is not null);
    }

    public static string ContentTypeOf(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Jws => Jws,
        TranscriptFormat.PescXml => Xml,
        TranscriptFormat.Pdf => Pdf,
        _ => Json,
    };

    private static TranscriptFormat? FormatOf(MediaTypeHeaderValue range) => range.MediaType.Value?.ToLowerInvariant() switch
    {
        Json or "application/*" or "*/*" => TranscriptFormat.Json,
        Jws => TranscriptFormat.Jws,
        Xml or "text/xml" => TranscriptFormat.PescXml,
        Pdf => TranscriptFormat.Pdf,
        _ => null,
    };
}
