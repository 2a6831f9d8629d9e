using System.Text;
using System.Text.Json;
using System.Xml;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;

namespace CradleToCareer.Host.Transcripts;

/// <summary>A transcript in the negotiated representation, with its status and, when just issued, its <c>Location</c>.</summary>
public sealed class TranscriptResult(int statusCode, string? location, string contentType, byte[] body)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => statusCode;

    public string ContentType => contentType;

    /// <summary>
    /// Renders the transcript as issued: <paramref name="document"/> is its JSON exactly as kept, so every
    /// representation of one transcript carries the same content however often it is fetched.
    /// <paramref name="transcript"/> is that document read, when the caller has it at hand.
    /// </summary>
    public static TranscriptResult Of(
        TranscriptFormat format, byte[] document, TranscriptSigner signer, int statusCode, string? location = null, Transcript? transcript = null)
    {
        var body = format switch
        {
            TranscriptFormat.Jws => Encoding.ASCII.GetBytes(signer.Sign(TranscriptClaims.Of(transcript ?? Read(document), document))),
            TranscriptFormat.PescXml => PescBytes(transcript ?? Read(document)),
            _ => document,
        };
        return new TranscriptResult(statusCode, location, TranscriptFormats.ContentTypeOf(format), body);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.Headers.Vary = "Accept";
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    private static Transcript Read(byte[] document) =>
        JsonSerializer.Deserialize<Transcript>(document, StudentProfileJson.Options)
        ?? throw new InvalidOperationException("A kept transcript is not a transcript document.");

    private static byte[] PescBytes(Transcript transcript)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            PescTranscripts.Write(transcript).Save(writer);
        }

        return buffer.ToArray();
    }
}
