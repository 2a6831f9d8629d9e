using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CradleToCareer.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CradleToCareer.Host.Api;

/// <summary>
/// <c>GET /v1/students/{personId}</c>: the full longitudinal profile. A temporary read route until the
/// consented views land; it answers on loopback only.
/// </summary>
public static partial class StudentsApi
{
    public static IEndpointRouteBuilder MapStudentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/students/{personId}", GetProfileAsync)
            .WithName("GetStudentProfile")
            .WithTags("Students")
            .WithSummary("The full longitudinal profile of one person")
            .WithDescription("Reflects every event accepted before the request. 404 when no event has landed on the person id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetProfileAsync(
        string personId, IClusterClient cluster, TimeProvider clock, IOptions<JsonOptions> jsonOptions)
    {
        if (!PersonIdPattern().IsMatch(personId))
        {
            return NotFound();
        }

        var profile = await cluster.GetGrain<IStudentGrain>(personId).GetProfileAsync();
        if (profile.EventCount == 0)
        {
            return NotFound();
        }

        var json = JsonSerializer.SerializeToNode(profile, jsonOptions.Value.SerializerOptions)!.AsObject();
        json["asOf"] = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Content(json.ToJsonString(jsonOptions.Value.SerializerOptions), "application/json");
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        "No student record has this person id.", statusCode: StatusCodes.Status404NotFound, title: "Student not found");

    [GeneratedRegex("^p_[0-9a-f]{32}$")]
    private static partial Regex PersonIdPattern();
}
