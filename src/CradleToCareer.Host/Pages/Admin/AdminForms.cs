namespace CradleToCareer.Host.Pages.Admin;

/// <summary>
/// What the admin pages share: a text area read as one value per line, and the problems of a request, keyed by JSON
/// Pointer as the API names them, told for the form's field (<c>/sources/2</c> is line 3 of the sources).
/// </summary>
internal static class AdminForms
{
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>Each problem of a field, as sentences for the page.</summary>
    public static IReadOnlyList<string> ProblemsOf(IReadOnlyDictionary<string, string[]> errors, string field) =>
        [.. errors
            .Where(error => error.Key == "/" + field || error.Key.StartsWith("/" + field + "/", StringComparison.Ordinal))
            .OrderBy(error => error.Key, StringComparer.Ordinal)
            .SelectMany(error => error.Value.Select(message => Sentence(error.Key, field, message)))];

    private static string Sentence(string pointer, string field, string message) =>
        pointer.Length > field.Length + 2 && int.TryParse(pointer[(field.Length + 2)..], out var index)
            ? $"Line {index + 1} {message}."
            : $"It {message}.";
}
