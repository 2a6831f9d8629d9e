using System.Text.Json;
using CradleToCareer.Domain.Text;
using CradleToCareer.Host.Api;
using Microsoft.AspNetCore.Http.Metadata;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// Text is text, for every request before its route runs: a route or query parameter, or a string anywhere in
/// the JSON body of a route that binds one, that is not <see cref="PlainText"/> gets <c>400</c> with
/// <c>errors</c> keyed by the parameter's name or the string's JSON Pointer, and nothing is done. Events are
/// not read here: <c>POST /v1/events</c> binds no body and rejects such an event on its own, beside its
/// neighbours. A body that is not JSON is left to the route, which says what is wrong with it; but a form posted to a
/// page, whose fields go to the same stores as the API's bodies, is held to the same rule, keyed by field name, but
/// for the line breaks a text area sends.
/// </summary>
internal sealed class PlainTextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = ParameterErrors(context.Request);
        if (errors.Count == 0 && TakesJsonBody(context))
        {
            errors = ValidationErrors.ByPath(await BodyErrorsAsync(context.Request, context.RequestAborted));
        }
        else if (errors.Count == 0 && IsPageForm(context.Request))
        {
            errors = await FormErrorsAsync(context.Request, context.RequestAborted);
        }

        if (errors.Count > 0)
        {
            await TypedResults.ValidationProblem(errors, title: "The request holds a string that is not text").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static Dictionary<string, string[]> ParameterErrors(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && PlainText.Problem(text) is { } problem)
            {
                errors[name] = [problem];
            }
        }

        foreach (var (name, values) in request.Query)
        {
            if (PlainText.Problem(name) is { } nameProblem)
            {
                errors["query"] = ["has a parameter whose name " + nameProblem];
            }
            else if (values.Select(value => PlainText.Problem(value ?? "")).FirstOrDefault(problem => problem is not null) is { } problem)
            {
                errors[name] = [problem];
            }
        }

        return errors;
    }

    private static bool IsPageForm(HttpRequest request) =>
        !SecurityHeadersMiddleware.IsApi(request.Path) && request.HasFormContentType;

    /// <summary>Reads the form once; the page binds the same form afterwards, as ASP.NET Core keeps it with the request.</summary>
    private static async Task<Dictionary<string, string[]>> FormErrorsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return errors;
        }

        foreach (var (name, values) in form)
        {
            if (PlainText.Problem(name) is { } nameProblem)
            {
                errors["form"] = ["has a field whose name " + nameProblem];
            }
            else if (values.Select(value => PlainText.Problem(WithoutLineBreaks(value))).FirstOrDefault(problem => problem is not null) is { } problem)
            {
                errors[name] = [problem];
            }
        }

        return errors;
    }

    /// <summary>A form's value without the line breaks a text area sends, which are the only control characters let in.</summary>
    private static string WithoutLineBreaks(string? value) => (value ?? "").Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private static bool TakesJsonBody(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not null
        && context.Request.HasJsonContentType();

    /// <summary>Reads the body once, buffered, and puts it back for the route to bind.</summary>
    private static async Task<IReadOnlyList<Domain.Events.FieldError>> BodyErrorsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            return PlainTextInJson.Errors(document.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
