using System.Text.Json;
using System.Text.RegularExpressions;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Events.Parsing;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Text;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// A research project body read: the terms when it is valid, else every error. <see cref="OrganizationId"/> is the
/// organization id as read whenever that field itself is valid, so the caller can check the organization exists and
/// report that along with the other errors.
/// </summary>
public sealed record ParsedResearchProject(ResearchProjectTerms? Terms, string? OrganizationId, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Reads the JSON body of <c>POST /v1/research/projects</c> (outcomes.md "Research extracts"): <c>id</c>,
/// <c>title</c>, <c>organizationId</c>, <c>purpose</c>, <c>cohorts</c> (1 to <see cref="MaxCohorts"/> distinct
/// cohort keys), <c>fields</c> (distinct names among <see cref="ResearchFields.All"/>, possibly none),
/// <c>expiresAt</c> (a date-time with an offset, after now and at most <see cref="MaxYearsAhead"/> years ahead) and
/// <c>agreement</c>. Every error is reported at its JSON Pointer, all at once; a string that is not
/// <see cref="PlainText"/> is refused wherever it is, and no message echoes a submitted value. Unknown members are
/// ignored. Title, purpose and agreement are kept without surrounding blanks.
/// </summary>
public static partial class ResearchProjectJson
{
    public const int MaxTitleLength = 200;
    public const int MaxOrganizationIdLength = 64;
    public const int MaxPurposeLength = 1000;
    public const int MaxAgreementLength = 200;
    public const int MaxCohorts = 50;
    public const int MaxYearsAhead = 5;

    private static readonly FieldKind<string> ProjectId = FieldKinds.Pattern(
        ProjectIdShape(), "a project id of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");

    public static ParsedResearchProject Parse(JsonElement body, DateTimeOffset now)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new ParsedResearchProject(null, null, [new FieldError("", "must be a JSON object: a research project as in outcomes.md")]);
        }

        var errors = new List<FieldError>();
        var root = new JsonObjectReader(body, "", errors);
        var id = root.Required("id", ProjectId);
        var title = root.Required("title", FieldKinds.Text(MaxTitleLength));
        var organizationId = root.Required("organizationId", FieldKinds.Text(MaxOrganizationIdLength));
        var purpose = root.Required("purpose", FieldKinds.Text(MaxPurposeLength));
        var cohorts = ReadCohorts(body, errors);
        var fields = ReadFields(body, errors);
        var expiresAt = root.Required("expiresAt", FieldKinds.Timestamp);
        if (!root.Failed("expiresAt") && (expiresAt <= now || expiresAt > now.AddYears(MaxYearsAhead)))
        {
            root.Error("expiresAt", $"must be after now and at most {MaxYearsAhead} years ahead");
        }

        var agreement = root.Required("agreement", FieldKinds.Text(MaxAgreementLength));
        var all = EventParser.WithTextErrors(PlainTextInJson.Errors(body), errors);
        var readOrganization = all.Exists(error => error.Path == "/organizationId") ? null : organizationId;
        return all.Count > 0
            ? new ParsedResearchProject(null, readOrganization, all)
            : new ParsedResearchProject(
                new ResearchProjectTerms(id, title.Trim(), organizationId, purpose.Trim(), cohorts, fields, expiresAt, agreement.Trim()),
                organizationId,
                []);
    }

    private static List<string> ReadCohorts(JsonElement body, List<FieldError> errors) =>
        ReadDistinctStrings(
            body, "cohorts", 1, MaxCohorts, errors,
            $"a JSON array of 1 to {MaxCohorts} distinct cohort keys, e.g. graduates:2024-2025 or entrants:2025-FA",
            key => CohortKinds.TryParse(key, out _),
            "must be a cohort key graduates:<YYYY-YYYY> or entrants:<YYYY-FA|SP|SU>");

    private static List<string> ReadFields(JsonElement body, List<FieldError> errors) =>
        ReadDistinctStrings(
            body, "fields", 0, ResearchFields.All.Count, errors,
            $"a JSON array of distinct field names among {string.Join(", ", ResearchFields.All)}; it may be empty",
            field => ResearchFields.All.Contains(field, StringComparer.Ordinal),
            "must be one of " + string.Join(", ", ResearchFields.All));

    /// <summary>
    /// A required array of distinct strings, each accepted by <paramref name="isValid"/>. An array of the wrong size
    /// is one error at its own path, and its elements are not looked at.
    /// </summary>
    private static List<string> ReadDistinctStrings(
        JsonElement body, string name, int min, int max, List<FieldError> errors, string expected,
        Func<string, bool> isValid, string elementExpected)
    {
        var path = "/" + name;
        if (!body.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new FieldError(path, "is required: expected " + expected));
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() < min || array.GetArrayLength() > max)
        {
            errors.Add(new FieldError(path, "must be " + expected));
            return [];
        }

        var values = new List<string>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var elementPath = $"{path}/{index++}";
            if (!FieldKinds.TryString(element, out var value) || !isValid(value))
            {
                errors.Add(new FieldError(elementPath, elementExpected));
            }
            else if (values.Contains(value, StringComparer.Ordinal))
            {
                errors.Add(new FieldError(elementPath, "repeats an earlier element: each may be named once"));
            }
            else
            {
                values.Add(value);
            }
        }

        return values;
    }

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectIdShape();
}
