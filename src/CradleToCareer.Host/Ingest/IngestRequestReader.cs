using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CradleToCareer.Host.Ingest;

/// <summary>What kind of body an ingest request carries, from its Content-Type.</summary>
public enum IngestBodyKind
{
    SingleEvent,
    Batch,
    SingleOrBatch,
    NdjsonStream,
}

/// <summary>Reads the single-event and batch bodies of <c>POST /v1/events</c>, enforcing their limits.</summary>
public static class IngestRequestReader
{
    public const string SingleEventType = "application/cloudevents+json";
    public const string BatchType = "application/cloudevents-batch+json";
    public const string NdjsonType = "application/x-ndjson";

    public static IngestBodyKind KindOf(HttpRequest request) => MediaTypeOf(request) switch
    {
        SingleEventType => IngestBodyKind.SingleEvent,
        BatchType => IngestBodyKind.Batch,
        "application/json" => IngestBodyKind.SingleOrBatch,
        NdjsonType or "application/ndjson" => IngestBodyKind.NdjsonStream,
        _ => throw BodyProblemException.UnsupportedMediaType(QuotedContentType(request)),
    };

    /// <summary>Whether the body is declared NDJSON (<c>application/x-ndjson</c> or <c>application/ndjson</c>).</summary>
    public static bool IsNdjson(HttpRequest request) => MediaTypeOf(request) is NdjsonType or "application/ndjson";

    /// <summary>The request's Content-Type as a problem may quote it back: its first 100 characters.</summary>
    public static string? QuotedContentType(HttpRequest request) =>
        request.ContentType is { Length: > 100 } value ? value[..100] + "…" : request.ContentType;

    public static void LimitBody(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            throw BodyProblemException.TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    /// <summary>The events of a single-event or batch body; the document stays alive as long as they are used.</summary>
    public static async Task<(JsonDocument Document, IReadOnlyList<JsonElement> Events)> ReadEventsAsync(
        HttpContext context, IngestBodyKind kind, CancellationToken cancellationToken)
    {
        LimitBody(context, IngestLimits.MaxBodyBytes);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw BodyProblemException.NotJson(exception);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw BodyProblemException.TooLarge(IngestLimits.MaxBodyBytes);
        }

        var root = document.RootElement;
        var events = (kind, root.ValueKind) switch
        {
            (IngestBodyKind.SingleEvent or IngestBodyKind.SingleOrBatch, JsonValueKind.Object) => [root],
            (IngestBodyKind.Batch or IngestBodyKind.SingleOrBatch, JsonValueKind.Array) => root.EnumerateArray().ToList(),
            (IngestBodyKind.SingleEvent, _) => Fail(document, $"A {SingleEventType} body must be one JSON object; send arrays as {BatchType}."),
            _ => Fail(document, $"A {BatchType} body must be a JSON array of events."),
        };

        if (events.Count > IngestLimits.MaxBatchEvents)
        {
            document.Dispose();
            throw BodyProblemException.TooManyEvents(events.Count);
        }

        return (document, events);
    }

    private static List<JsonElement> Fail(JsonDocument document, string detail)
    {
        document.Dispose();
        throw BodyProblemException.WrongShape(detail);
    }

    private static string? MediaTypeOf(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
}
