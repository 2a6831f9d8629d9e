namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// Every problem says what was wrong: answers the framework makes itself (no token, wrong role, an unknown
/// route) get a <c>detail</c>, a validation problem's detail names its fields, and a request that cannot be
/// bound is described by <see cref="BadRequestHandler"/>.
/// </summary>
internal static class ProblemDefaults
{
    public static void AddDetailedProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= context.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 } invalid
                ? InvalidFields(invalid.Errors.Keys)
                : DefaultDetail(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
    }

    /// <summary>A validation problem's detail names the fields its <c>errors</c> explain.</summary>
    private static string InvalidFields(IEnumerable<string> pointers) =>
        "Not valid: " + string.Join(", ", pointers.Select(pointer => pointer.Length == 0 ? "the body" : pointer)) + " (errors says why).";

    private static string? DefaultDetail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read.",
        StatusCodes.Status401Unauthorized => "This route needs a valid bearer token from POST /oauth/token (missing, expired or not ours).",
        StatusCodes.Status403Forbidden => "The token's roles do not allow this route.",
        StatusCodes.Status404NotFound => "Nothing is at this address.",
        StatusCodes.Status405MethodNotAllowed => "This route does not take this HTTP method.",
        StatusCodes.Status415UnsupportedMediaType => "This route takes application/json.",
        _ => null,
    };
}
