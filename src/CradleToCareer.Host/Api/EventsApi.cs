using CradleToCareer.Application.Ingest;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Ingest;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Api;

/// <summary><c>POST /v1/events</c>: ingest as events.md describes.</summary>
public static class EventsApi
{

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("", PostEventsAsync)
            .RequireAuthorization(Roles.Source)
            .WithName("PostEvents")
            .WithTags("Ingest")
            .WithSummary("Ingest one event, a batch of up to 5,000, or an NDJSON stream")
            .WithDescription(
                "Each event is validated on its own and answered in order: accepted (durable before this response), " +
                "duplicate, conflict or rejected, with JSON-pointer errors. A body that is not JSON gets 400, an oversized " +
                "one 413; nothing in either is applied.")
            .Produces<IngestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    private static async Task<IResult> PostEventsAsync(
        HttpContext context,
        IngestEvents ingest,
        NdjsonIngest ndjson,
        IOptions<JsonOptions> jsonOptions,
        CancellationToken cancellationToken)
    {
        var caller = context.User.ToCaller();
        try
        {
            var kind = IngestRequestReader.KindOf(context.Request);
            if (kind == IngestBodyKind.NdjsonStream)
            {
                return await ndjson.StreamAsync(context, caller, jsonOptions.Value.SerializerOptions, cancellationToken);
            }

            var (document, events) = await IngestRequestReader.ReadEventsAsync(context, kind, cancellationToken);
            using (document)
            {
                return await ingest.RunAsync(caller, events, cancellationToken) switch
                {
                    IngestOutcome.Ingested ingested => TypedResults.Ok(new IngestResponse(ingested.Results)),
                    _ => CallerOrganization.Unknown(),
                };
            }
        }
        catch (BodyProblemException problem)
        {
            return TypedResults.Problem(problem.Message, statusCode: problem.StatusCode, title: problem.Title);
        }
    }
}
