using System.Text.Json;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Transcripts.Requests;
using CradleToCareer.Host.Alerts;
using CradleToCareer.Host.Api;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Exchange;

/// <summary>A request body read: what it asks and the secret it named, or the problem to answer with.</summary>
public sealed record ReadRequestBody(RequestedTranscript? Request, string? DeliverySecret, IResult? Problem);

/// <summary>
/// Reads the body of <c>POST /v1/transcript-requests</c>: JSON (exchange.md) or a PESC TranscriptRequest v1.4.0
/// document, up to <see cref="MaxBytes"/>. Every problem is answered with problem+json and nothing is kept.
/// </summary>
public sealed class TranscriptRequestBody(KeyedTokenizer tokenizer, IOptions<WebhookOptions> webhooks)
{
    public const int MaxBytes = 1024 * 1024;

    public async Task<ReadRequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var kind = BodyKinds.Of(request.ContentType);
        if (kind is BodyKind.Other)
        {
            return Refused(TypedResults.Problem(
                "Send the request as application/json (exchange.md) or as application/xml (a PESC TranscriptRequest v1.4.0 document).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type"));
        }

        if (await BodyBytes.ReadAsync(request, MaxBytes, cancellationToken) is not { } body)
        {
            return Refused(TypedResults.Problem(
                $"The body is larger than {MaxBytes:N0} bytes. Nothing was kept.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large"));
        }

        return kind is BodyKind.Json ? ReadJson(body) : PescRequestBody.Read(body, request.Query["deliveryUrl"], tokenizer, webhooks.Value.AllowLoopback);
    }

    private ReadRequestBody ReadJson(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return Refused(TypedResults.Problem(
                $"The body could not be read as JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}). Nothing was kept.",
                statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON"));
        }

        using (document)
        {
            var parsed = TranscriptRequestJson.Parse(document.RootElement, tokenizer, webhooks.Value.AllowLoopback);
            return parsed.Request is null
                ? Refused(TypedResults.ValidationProblem(ValidationErrors.ByPath(parsed.Errors), title: "The transcript request is not valid"))
                : new ReadRequestBody(parsed.Request, parsed.DeliverySecret, null);
        }
    }

    internal static ReadRequestBody Refused(IResult problem) => new(null, null, problem);
}
