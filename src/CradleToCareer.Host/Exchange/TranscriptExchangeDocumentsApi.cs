using System.Text;
using System.Text.Json;
using System.Xml;
using CradleToCareer.Application.Exchange;
using CradleToCareer.Application.Transcripts;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;
using CradleToCareer.Host.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CradleToCareer.Host.Exchange;

/// <summary>
/// The PESC documents of a request (exchange.md): the TranscriptResponse v1.4.0 the service writes for it, and the
/// requester's TranscriptAcknowledgement v1.3.0 (or JSON <c>{ "received": true }</c>), which makes it <c>acknowledged</c>.
/// </summary>
public static class TranscriptExchangeDocumentsApi
{
    public const string XmlType = "application/xml";

    /// <summary>The JSON acknowledgement.</summary>
    public sealed record Acknowledgement(bool? Received);

    public static IEndpointRouteBuilder MapTranscriptExchangeDocumentsApi(this IEndpointRouteBuilder requests)
    {
        requests.MapGet("/{requestId}/response", ResponseAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcript requests")
            .WithName("GetTranscriptResponse")
            .WithSummary("The PESC TranscriptResponse v1.4.0 for a request: issued (TranscriptSent), waiting (TranscriptRequestReceived) or why not")
            .Produces<string>(StatusCodes.Status200OK, XmlType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{requestId}/acknowledgement", AcknowledgeAsync)
            .RequireAuthorization(Roles.College)
            .WithTags("Transcript requests")
            .WithName("AcknowledgeTranscriptRequest")
            .WithSummary("Confirm receipt of an issued transcript: a PESC TranscriptAcknowledgement v1.3.0 document, or JSON { \"received\": true }")
            .Accepts<Acknowledgement>("application/json", XmlType)
            .Produces<RequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return requests;
    }

    private static async Task<IResult> ResponseAsync(
        string requestId, HttpContext context, ReadTranscriptRequests requests, TranscriptSettings settings, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(context.User.ToCaller(), requestId, cancellationToken) is not { } request)
        {
            return TranscriptRequestsApi.NotFound();
        }

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            PescTranscriptResponses.Write(request, settings.Issuer, settings.IssuerName, clock.GetUtcNow()).Save(writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), XmlType);
    }

    private static async Task<IResult> AcknowledgeAsync(
        string requestId, HttpContext context, ChangeTranscriptRequest change, TranscriptLinks links, CancellationToken cancellationToken)
    {
        if (await ReadAsync(context.Request, cancellationToken) is { } problem)
        {
            return problem;
        }

        return TranscriptRequestsApi.Answer(
            await change.AcknowledgeAsync(context.User.ToCaller(), requestId, cancellationToken), links, "acknowledged: no transcript was issued for it");
    }

    /// <summary>The problem with the acknowledgement's body, or null when it acknowledges.</summary>
    private static async Task<IResult?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var kind = BodyKinds.Of(request.ContentType);
        if (kind is BodyKind.Other)
        {
            return TypedResults.Problem(
                "Send a PESC TranscriptAcknowledgement v1.3.0 document as application/xml, or { \"received\": true } as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");
        }

        if (await BodyBytes.ReadAsync(request, TranscriptRequestBody.MaxBytes, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(
                $"The body is larger than {TranscriptRequestBody.MaxBytes:N0} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The body is too large");
        }

        if (kind is BodyKind.Xml)
        {
            var document = PescDocumentReader.Read(body, PescTranscriptAcknowledgements.Root);
            return document.Document is null ? PescProblems.Invalid(document.Errors, "The Acknowledgment document is not valid") : null;
        }

        return ReceivedIsTrue(body) ? null : TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["/received"] = ["is required and must be true: the transcript was received"] },
            title: "The acknowledgement is not valid");
    }

    private static bool ReceivedIsTrue(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("received", out var received)
                && received.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
