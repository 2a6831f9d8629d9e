using System.Text;
using System.Text.Json;
using System.Xml;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;
using CradleToCareer.Host.Transcripts.Pdf;

namespace CradleToCareer.Host.Transcripts;

/// <summary>A transcript in the negotiated representation, with its status and, when just issued, its <c>Location</c>.</summary>
public sealed class TranscriptResult(int statusCode, string? location, string contentType, byte[] body)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <summary>What a PDF of a transcript issued before verification codes were kept prints in the code's place.</summary>
    public const string NoCode = "none (issued before verification codes)";

    public int? StatusCode => statusCode;

    public string ContentType => contentType;

    /// <summary>
    /// Renders the transcript as issued: its JSON is kept exactly, so every representation of one transcript carries the
    /// same content however often it is fetched. The PDF prints the verification code and where to check it.
    /// </summary>
    public static TranscriptResult Of(
        TranscriptFormat format, IssuedTranscript issued, TranscriptSigner signer, TranscriptLinks links, int statusCode, string? location = null)
    {
        var body = format switch
        {
            TranscriptFormat.Jws => Encoding.ASCII.GetBytes(signer.Sign(TranscriptClaims.Of(Read(issued.Document), issued.Document))),
            TranscriptFormat.PescXml => PescBytes(Read(issued.Document)),
            TranscriptFormat.Pdf => TranscriptPdf.Render(
                Read(issued.Document), issued.VerificationCode ?? NoCode, links.VerificationOf(issued.TranscriptId).AbsoluteUri),
            _ => issued.Document,
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
