using CradleToCareer.Application.Imports;
using CradleToCareer.Domain.Access;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Hosting.Problems;
using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Ingest;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Imports;

/// <summary>
/// Bulk imports (imports.md): a source uploads an NDJSON file of any size as a job, follows its progress and takes
/// every line's result once it is done. Every line is ingested as the uploading caller, exactly as
/// <c>POST /v1/events</c> would. A job of another organization answers 404, as if it did not exist.
/// </summary>
public static class ImportsApi
{
    private const string Tag = "Imports";

    private const int DefaultPageSize = 50;

    /// <summary>What a caller with too many unfinished jobs is told to wait before asking again.</summary>
    private static readonly TimeSpan TooManyWait = TimeSpan.FromMinutes(1);

    public static string JobPath(string importId) => $"/v1/imports/{importId}";

    public static string ResultsPath(string importId) => $"/v1/imports/{importId}/results";

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder imports)
    {
        imports.WithTags(Tag).RequireAuthorization(Roles.Source)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        imports.MapPost("", StartAsync)
            .WithName("StartImport")
            .WithSummary("Upload an NDJSON file of events of any size as an import job")
            .WithDescription(
                "The body (application/x-ndjson, one CloudEvent per line, up to 64 GiB) is stored in chunks as it arrives; once " +
                "all of it is stored the answer is 202 with the queued job and its Location. A worker then ingests every line as " +
                "the uploading caller, exactly as POST /v1/events would, and the job survives restarts. An upload that breaks off " +
                "keeps nothing. An empty body is 400, a larger one 413, another content type 415. An organization with as many " +
                "jobs being uploaded, queued or running as it may have (C2C:Imports:MaxUnfinishedPerOrganization, default 10) gets " +
                "429 with Retry-After, and nothing is read.")
            .Produces<ImportView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        imports.MapGet("", ListAsync)
            .WithName("ListImports")
            .WithSummary("The organization's import jobs, newest first, a page at a time")
            .WithDescription("limit is 1 to 200 (default 50); pass an earlier page's next as after for the page after it.")
            .Produces<ImportPage>()
            .ProducesValidationProblem();
        imports.MapGet("/{importId}", GetAsync)
            .WithName("GetImport")
            .WithSummary("Where an import job stands: status, lines, processed, counts by result status")
            .Produces<ImportView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapGet("/{importId}/results", ResultsAsync)
            .WithName("GetImportResults")
            .WithSummary("Every line's result in line order, as NDJSON, once the job is done")
            .WithDescription(
                "One JSON object per non-blank line of the upload: its line number, then the id, status, personId and errors " +
                "POST /v1/events answers for it. 409 while the job is queued or running; 410 once the results were deleted, " +
                "C2C:Imports:KeepResultsDays (default 30) after the job was done.")
            .Produces<string>(StatusCodes.Status200OK, ImportResultsFile.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return imports;
    }

    private static async Task<IResult> StartAsync(
        HttpContext context, ReceiveImport receive, IOptions<ImportOptions> options, CancellationToken cancellationToken)
    {
        if (!IngestRequestReader.IsNdjson(context.Request))
        {
            return TypedResults.Problem(
                $"Content-Type '{IngestRequestReader.QuotedContentType(context.Request)}' is not accepted. Send the file as application/x-ndjson, one event per line.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");
        }

        try
        {
            IngestRequestReader.LimitBody(context, ImportLimits.MaxUploadBytes);
            var lines = NdjsonLines.ReadAsync(context.Request.BodyReader, IngestLimits.MaxLineBytes, cancellationToken);
            var maxUnfinished = options.Value.MaxUnfinishedPerOrganization;
            return await receive.RunAsync(context.User.ToCaller(), lines, IngestLimits.StreamChunkEvents, maxUnfinished, cancellationToken) switch
            {
                ImportReceipt.Received received => TypedResults.Accepted(JobPath(received.Job.ImportId), ImportView.Of(received.Job)),
                ImportReceipt.TooMany tooMany => TooMany(context.Response, tooMany.Limit),
                ImportReceipt.Empty => TypedResults.Problem(
                    "The body holds no line: send one event per line.", statusCode: StatusCodes.Status400BadRequest, title: "The upload is empty"),
                _ => CallerOrganization.Unknown(),
            };
        }
        catch (BodyProblemException)
        {
            return TooLarge();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (BadHttpRequestException exception)
        {
            return TypedResults.Problem(
                "The upload broke off before its end; nothing of it was kept. Send the whole file again.",
                statusCode: exception.StatusCode, title: "The upload is incomplete");
        }
    }

    private static async Task<Results<Ok<ImportPage>, ValidationProblem>> ListAsync(
        HttpContext context, ReadImports read, string? after, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (after is not null && !ImportIds.IsWellFormed(after))
        {
            errors["after"] = ["is not an import id: imp_ and 32 lowercase hex digits, from an earlier page's next"];
        }

        if (limit is < 1 or > ReadImports.MaxPageSize)
        {
            errors["limit"] = [$"must be between 1 and {ReadImports.MaxPageSize}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The listing's query is not valid");
        }

        var size = limit ?? DefaultPageSize;
        var page = await read.ListAsync(context.User.ToCaller(), after, size, cancellationToken);
        return TypedResults.Ok(new ImportPage([.. page.Select(ImportView.Of)], page.Count == size ? page[^1].ImportId : null));
    }

    private static async Task<IResult> GetAsync(string importId, HttpContext context, ReadImports read, CancellationToken cancellationToken) =>
        await read.FindAsync(context.User.ToCaller(), importId, cancellationToken) is { } job ? TypedResults.Ok(ImportView.Of(job)) : NotFound();

    private static async Task<IResult> ResultsAsync(
        string importId, HttpContext context, ImportResults results, CancellationToken cancellationToken) =>
        await results.RunAsync(context.User.ToCaller(), importId, cancellationToken) switch
        {
            ImportDownload.Ready ready => new ImportResultsFile(ready.Job, ready.Chunks),
            ImportDownload.NotDone notDone => TypedResults.Problem(
                $"The import is {notDone.Job.Status}: {notDone.Job.Processed:N0} of {notDone.Job.Lines:N0} lines processed. " +
                "Its results can be taken once its status is done.",
                statusCode: StatusCodes.Status409Conflict, title: "Import not done"),
            ImportDownload.Deleted deleted => TypedResults.Problem(
                $"The results of this import were deleted on {deleted.Job.ResultsDeletedAt:yyyy-MM-dd}, once they had been kept for the " +
                "retention period after the job was done. The job's counts are still shown at its address.",
                statusCode: StatusCodes.Status410Gone, title: "Import results deleted"),
            _ => NotFound(),
        };

    private static ProblemHttpResult TooMany(HttpResponse response, int limit)
    {
        RetryAfter.Set(response, TooManyWait);
        return TypedResults.Problem(
            $"The organization has {limit} imports being uploaded, queued or running, the most it may have at once. Nothing of " +
            "this upload was read: send it again once one of them is done (GET /v1/imports shows where they stand).",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many unfinished imports");
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        $"The upload is larger than {ImportLimits.MaxUploadBytes:N0} bytes; split the file. Nothing of it was kept.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload is too large");

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "There is no import with this id for the caller's organization.", statusCode: StatusCodes.Status404NotFound, title: "Import not found");
}
