using System.Text.Json;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Research;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Api;

namespace CradleToCareer.Host.Research;

/// <summary>
/// Research projects and extracts (outcomes.md "Research extracts"): an admin approves a project; researchers of its
/// organization ask for extracts, follow their jobs and take the finished CSV. Projects and extracts of another
/// organization answer 404, as if they did not exist.
/// </summary>
public static class ResearchApi
{
    public const string ReaderPolicy = "research-reader";

    public static readonly string[] ReaderRoles = [Roles.Admin, Roles.Researcher];

    private const string Tag = "Research";

    public static RouteGroupBuilder MapResearchApi(this RouteGroupBuilder research)
    {
        research.WithTags(Tag).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        research.MapPost("/projects", ApproveAsync)
            .RequireAuthorization(Roles.Admin)
            .WithName("ApproveResearchProject")
            .WithSummary("Approve a research project: who may ask for extracts, of which cohorts, with which fields, until when")
            .Accepts<JsonElement>("application/json")
            .Produces<ResearchProject>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        research.MapGet("/projects", ListProjectsAsync)
            .RequireAuthorization(ReaderPolicy)
            .WithName("ListResearchProjects")
            .WithSummary("Research projects: every one to an admin, its organization's to a researcher")
            .Produces<IReadOnlyList<ResearchProject>>();
        research.MapGet("/projects/{projectId}", GetProjectAsync)
            .RequireAuthorization(ReaderPolicy)
            .WithName("GetResearchProject")
            .WithSummary("One research project")
            .Produces<ResearchProject>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        research.MapPost("/projects/{projectId}/extracts", RequestExtractAsync)
            .RequireAuthorization(Roles.Researcher)
            .WithName("RequestResearchExtract")
            .WithSummary("Ask for a de-identified extract of the project's cohorts; it is made in the background")
            .WithDescription(
                "202 with the extract and a Location to follow it. Each row is one cohort member under a pseudonym of this project, " +
                "with birth year, sex, cohort, institution and the project's approved fields; every combination of birth year, sex, " +
                "cohort and institution describes at least 11 rows (smaller groups get a 5-year birth band, then are dropped). " +
                "Each included student's disclosure record shows the project.")
            .Produces<ExtractView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
        research.MapGet("/projects/{projectId}/extracts", ListExtractsAsync)
            .RequireAuthorization(ReaderPolicy)
            .WithName("ListResearchExtracts")
            .WithSummary("The project's extracts, newest first")
            .Produces<IReadOnlyList<ExtractView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        research.MapGet("/projects/{projectId}/extracts/{extractId}", GetExtractAsync)
            .RequireAuthorization(ReaderPolicy)
            .WithName("GetResearchExtract")
            .WithSummary("Where an extract stands: status, progress, summary, and the download address once ready")
            .Produces<ExtractView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        research.MapGet("/projects/{projectId}/extracts/{extractId}/file", DownloadAsync)
            .RequireAuthorization(Roles.Researcher)
            .WithName("DownloadResearchExtract")
            .WithSummary("The ready extract as CSV, streamed")
            .Produces<string>(StatusCodes.Status200OK, ExtractFileResult.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return research;
    }

    private static async Task<IResult> ApproveAsync(
        JsonElement body, HttpContext context, ApproveResearchProject approve, CancellationToken cancellationToken) =>
        await approve.RunAsync(context.User.ToCaller(), body, cancellationToken) switch
        {
            ApprovalOutcome.Approved approved => TypedResults.Created(ResearchLinks.Project(approved.Project.ProjectId), approved.Project),
            ApprovalOutcome.Invalid invalid => TypedResults.ValidationProblem(
                ValidationErrors.ByPath(invalid.Errors), title: "The research project is not valid"),
            ApprovalOutcome.Conflict conflict => TypedResults.Problem(
                $"A research project with id '{conflict.ProjectId}' is approved already; an approved project is never changed.",
                statusCode: StatusCodes.Status409Conflict, title: "Project id taken"),
            _ => Forbidden(),
        };

    private static async Task<IResult> ListProjectsAsync(HttpContext context, ListResearchProjects list, CancellationToken cancellationToken) =>
        await list.RunAsync(context.User.ToCaller(), cancellationToken) is ProjectListing.Listed listed
            ? TypedResults.Ok(listed.Projects)
            : Forbidden();

    private static async Task<IResult> GetProjectAsync(
        string projectId, HttpContext context, ReadResearchProject read, CancellationToken cancellationToken) =>
        await read.RunAsync(context.User.ToCaller(), projectId, cancellationToken) switch
        {
            ProjectLookup.Found found => TypedResults.Ok(found.Project),
            ProjectLookup.NotFound => ProjectNotFound(),
            _ => Forbidden(),
        };

    private static async Task<IResult> RequestExtractAsync(
        string projectId, HttpContext context, RequestResearchExtract request, CancellationToken cancellationToken) =>
        await request.RunAsync(context.User.ToCaller(), projectId, cancellationToken) switch
        {
            ExtractRequestOutcome.Requested requested => TypedResults.Accepted(
                ResearchLinks.Extract(projectId, requested.Extract.ExtractId), ExtractView.Of(requested.Extract)),
            ExtractRequestOutcome.NotFound => ProjectNotFound(),
            ExtractRequestOutcome.ProjectExpired expired => ProjectExpired(expired.Project.ExpiresAt),
            _ => Forbidden(),
        };

    private static async Task<IResult> ListExtractsAsync(
        string projectId, HttpContext context, ReadResearchExtract read, CancellationToken cancellationToken) =>
        await read.ListAsync(context.User.ToCaller(), projectId, cancellationToken) switch
        {
            ExtractListing.Listed listed => TypedResults.Ok(listed.Extracts.Select(ExtractView.Of).ToList()),
            ExtractListing.NotFound => ProjectNotFound(),
            _ => Forbidden(),
        };

    private static async Task<IResult> GetExtractAsync(
        string projectId, string extractId, HttpContext context, ReadResearchExtract read, CancellationToken cancellationToken) =>
        await read.FindAsync(context.User.ToCaller(), projectId, extractId, cancellationToken) switch
        {
            ExtractLookup.Found found => TypedResults.Ok(ExtractView.Of(found.Extract)),
            ExtractLookup.NotFound => ExtractNotFound(),
            _ => Forbidden(),
        };

    private static async Task<IResult> DownloadAsync(
        string projectId, string extractId, HttpContext context, DownloadResearchExtract download, CancellationToken cancellationToken) =>
        await download.RunAsync(context.User.ToCaller(), projectId, extractId, cancellationToken) switch
        {
            ExtractDownload.File file => new ExtractFileResult(file.Extract, file.Chunks),
            ExtractDownload.NotReady notReady => TypedResults.Problem(
                $"The extract is {notReady.Extract.Status}; its file can be taken once its status is ready.",
                statusCode: StatusCodes.Status409Conflict, title: "Extract not ready"),
            ExtractDownload.ProjectExpired => TypedResults.Problem(
                "The research project's approval has run out, so no data leaves under it, not even an extract made before.",
                statusCode: StatusCodes.Status403Forbidden, title: "Research project expired"),
            ExtractDownload.NotFound => ExtractNotFound(),
            _ => Forbidden(),
        };

    private static IResult ProjectExpired(DateTimeOffset expiredAt) => TypedResults.Problem(
        $"The research project's approval ran out at {expiredAt:O}; no extract may be asked for under it.",
        statusCode: StatusCodes.Status403Forbidden, title: "Research project expired");

    private static IResult ProjectNotFound() => TypedResults.Problem(
        "No research project with this id is approved for your organization.", statusCode: StatusCodes.Status404NotFound, title: "Project not found");

    private static IResult ExtractNotFound() => TypedResults.Problem(
        "No extract with this id was asked for under this project by your organization.",
        statusCode: StatusCodes.Status404NotFound, title: "Extract not found");

    private static IResult Forbidden() => TypedResults.Problem(
        "Your client's roles do not allow this.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
