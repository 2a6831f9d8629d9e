namespace CradleToCareer.Host.Ingest;

/// <summary>Why a whole request body was refused before any event in it was considered.</summary>
public sealed class BodyProblemException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public static BodyProblemException NotJson(System.Text.Json.JsonException exception) => new(
        StatusCodes.Status400BadRequest,
        "The body is not valid JSON",
        $"The body could not be read as JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}). Nothing in it was applied.");

    public static BodyProblemException TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "The body is too large",
        $"The body is larger than {limit:N0} bytes. Split it into smaller batches, or stream it as application/x-ndjson. Nothing in it was applied.");

    public static BodyProblemException TooManyEvents(int count) => new(
        StatusCodes.Status413PayloadTooLarge,
        "The batch has too many events",
        $"The batch has {count:N0} events; the limit is {IngestLimits.MaxBatchEvents:N0}. Split it, or stream it as application/x-ndjson. Nothing in it was applied.");

    public static BodyProblemException WrongShape(string detail) => new(
        StatusCodes.Status400BadRequest, "The body has the wrong shape", detail + " Nothing in it was applied.");

    public static BodyProblemException UnsupportedMediaType(string? contentType) => new(
        StatusCodes.Status415UnsupportedMediaType,
        "Unsupported content type",
        $"Content-Type '{contentType}' is not accepted. Send application/cloudevents+json (one event), " +
        "application/cloudevents-batch+json (a JSON array of up to 5,000 events) or application/x-ndjson (one event per line).");
}
