using System.Text.Json;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Host.Access;
using CradleToCareer.Storage.Access;
using CradleToCareer.Storage.Access.Signing;
using CradleToCareer.Storage.Disclosures;
using CradleToCareer.Storage.EventLog;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>POST /v1/students:resolve</c>: a student block to a person id, only for an organization holding an
/// active consent for that person (the student portal: always). Every hit for another organization is
/// a disclosure and is recorded. Without consent the answer is the same 404 as for nobody, and every
/// answer to another organization takes at least <see cref="MinimumAnswerTime"/>, so the time it
/// takes does not tell the two apart either.
/// </summary>
public static class ResolveApi
{
    public const string ResolverPolicy = "resolver";
    public const string IdentityScope = "identity";

    public static readonly string[] ResolverRoles = [Roles.College, Roles.Advisor, Roles.Subscriber, Roles.StudentPortal];

    /// <summary>Longer than either path normally takes: a miss, or a hit that activates a grain and records a disclosure.</summary>
    public static readonly TimeSpan MinimumAnswerTime = TimeSpan.FromMilliseconds(100);

    /// <summary>The answer to a resolve hit.</summary>
    public sealed record Resolved(string PersonId);

    public static IEndpointRouteBuilder MapResolveApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/students:resolve", ResolveAsync)
            .RequireAuthorization(ResolverPolicy)
            .WithTags("Students")
            .WithName("ResolveStudent")
            .WithSummary("Find the person id of a student block (events.md), where the caller holds consent")
            .WithDescription("Identifiers resolve deterministically. 404 when nobody matches, or when the caller's organization holds no active consent for the person: the two are indistinguishable.")
            .Produces<Resolved>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ResolveAsync(
        JsonElement block,
        HttpContext context,
        KeyedTokenizer tokenizer,
        IEventLog eventLog,
        IClusterClient cluster,
        IDisclosureRecord disclosures,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (student, errors) = EventParser.ParseStudentBlock(block, tokenizer);
        if (student is null)
        {
            return TypedResults.ValidationProblem(
                ValidationErrors.ByPath(errors),
                title: "The student block is not valid");
        }

        var floor = Task.Delay(MinimumAnswerTime, clock, cancellationToken);
        var tokens = student.Ids.Select(id => Convert.ToBase64String(tokenizer.IdentifierToken(id.System, id.Value))).ToList();
        var persons = tokens.Count == 0 ? [] : await eventLog.FindPersonsAsync(tokens, cancellationToken);
        if (context.User.IsInRole(Roles.StudentPortal))
        {
            return persons.Count == 1 ? TypedResults.Ok(new Resolved(persons[0])) : StudentRoutes.NotFound();
        }

        var answer = await ResolveUnderConsentAsync(persons, context, cluster, disclosures, clock, cancellationToken);
        await floor;
        return answer;
    }

    private static async Task<IResult> ResolveUnderConsentAsync(
        IReadOnlyList<string> persons,
        HttpContext context,
        IClusterClient cluster,
        IDisclosureRecord disclosures,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (persons.Count != 1)
        {
            return StudentRoutes.NotFound();
        }

        var personId = persons[0];
        var organizationId = context.User.FindFirst(AccessTokenClaimNames.Organization)?.Value ?? "";
        if (await cluster.GetGrain<IStudentGrain>(personId).ActiveConsentForAsync(organizationId) is not { } consent)
        {
            return StudentRoutes.NotFound();
        }

        await disclosures.RecordAsync(context, personId, IdentityScope, consent, clock, cancellationToken);
        return TypedResults.Ok(new Resolved(personId));
    }
}
