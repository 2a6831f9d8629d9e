using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// A request the framework could not bind, as a problem that says which way it failed: a field of the wrong
/// type (named by JSON Pointer in <c>errors</c>, with what it takes), JSON that is not well-formed, an empty
/// body, or a malformed route or query parameter. The value that was sent is never repeated.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
        {
            return false;
        }

        var problem = Describe(context, bad);
        problem.Status = bad.StatusCode;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static ProblemDetails Describe(HttpContext context, BadHttpRequestException bad)
    {
        // The exception handler clears the request's endpoint; the feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        return bad.InnerException switch
        {
            // The reader's own exception inside means the text itself is broken, not a value in it.
            JsonException { InnerException: JsonException } json => Unreadable(
                $"The body is not well-formed JSON: reading stopped at line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}" +
                $"{Within(JsonPathPointer.Pointer(JsonPathPointer.Segments(json.Path)))}."),
            JsonException json => WrongType(bodyType, JsonPathPointer.Segments(json.Path)),
            _ when bodyType is null => new ProblemDetails
            {
                Title = "A parameter could not be read",
                Detail = "A route or query parameter is not in the form this route takes (see the OpenAPI document).",
            },
            _ when !HasBody(context) => Unreadable("The body is empty: this route takes a JSON object (application/json)."),
            _ => Unreadable("The body must be a JSON object, not null."),
        };
    }

    private static ProblemDetails Unreadable(string detail) => new() { Title = "The request body could not be read", Detail = detail };

    private static HttpValidationProblemDetails WrongType(Type? bodyType, IReadOnlyList<string> segments)
    {
        var pointer = JsonPathPointer.Pointer(segments);
        var expected = ExpectedJson.At(bodyType, segments) is { } kind ? "must be " + kind : "has a value of the wrong type";
        var subject = pointer.Length == 0 ? "The body" : pointer;
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [pointer] = [expected] })
        {
            Title = pointer.Length == 0 ? "The body has the wrong type" : "A field of the body has the wrong type",
            Detail = $"{subject} {expected}.",
        };
    }

    private static string Within(string pointer) => pointer.Length == 0 ? "" : $", in {pointer}";

    private static bool HasBody(HttpContext context) =>
        context.Request.ContentLength is not 0 && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false;
}
