using CradleToCareer.Domain.Transcripts.Pesc.Exchange;

namespace CradleToCareer.Host.Exchange;

/// <summary>A PESC document refused: <c>400</c> problem+json whose <c>errors</c> list each problem's line, column, path and message.</summary>
public static class PescProblems
{
    public static IResult Invalid(IReadOnlyList<PescDocumentError> errors, string title) => TypedResults.Problem(
        $"The document has {errors.Count} problem(s), each listed in errors with its line and column. Nothing was kept.",
        statusCode: StatusCodes.Status400BadRequest,
        title: title,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(error => new { line = error.Line, column = error.Column, path = error.Path, message = error.Message }).ToArray(),
        });
}
