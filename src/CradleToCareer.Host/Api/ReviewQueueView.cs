using CradleToCareer.Domain.Identity;
using System.Text.Json;
using CradleToCareer.Abstractions;

namespace CradleToCareer.Host.Api;

/// <summary>The answer to <c>GET /v1/identity/reviews</c>: the number of open items and one page of them.</summary>
public sealed record ReviewQueueView(int Total, IReadOnlyList<ReviewQueueView.ReviewView> Reviews)
{
    /// <summary>One field's comparison: <c>agree</c>, <c>partial</c>, <c>disagree</c> or <c>missing</c>, and its weight in bits.</summary>
    public sealed record EvidenceView(string Field, string Agreement, double Weight);

    /// <summary>Enough to recognise a person without disclosing them: initials, birth year, sex, identifier systems.</summary>
    public sealed record MaskedPerson(string PersonId, string? FirstName, string? LastName, string? BirthDate, string? Sex, IReadOnlyList<string> IdentifierSystems);

    public sealed record ReviewView(
        string ReviewId,
        string Kind,
        double? Score,
        IReadOnlyList<EvidenceView> Evidence,
        IReadOnlyList<string> IdentifierSystems,
        DateTimeOffset CreatedAt,
        MaskedPerson Person,
        MaskedPerson Candidate)
    {
        public static async Task<ReviewView> CreateAsync(ReviewItem item, IClusterClient cluster) => new(
            item.ReviewId,
            item.Kind,
            item.Score is { } score ? Math.Round(score, 2) : null,
            [.. item.Evidence.Select(e => new EvidenceView(JsonNamingPolicy.CamelCase.ConvertName(e.Field.ToString()), e.Agreement.ToString().ToLowerInvariant(), Math.Round(e.Weight, 2)))],
            item.IdentifierSystems,
            item.CreatedAt,
            await MaskAsync(cluster, item.PersonId),
            await MaskAsync(cluster, item.CandidateId));
    }

    private static async Task<MaskedPerson> MaskAsync(IClusterClient cluster, string personId)
    {
        var profile = await cluster.GetGrain<IStudentGrain>(personId).GetProfileAsync();
        using var document = JsonDocument.Parse(profile.Utf8Json);
        if (!document.RootElement.TryGetProperty("student", out var student))
        {
            return new MaskedPerson(personId, null, null, null, null, []);
        }

        return new MaskedPerson(
            personId,
            Initial(student, "firstName"),
            Initial(student, "lastName"),
            Text(student, "birthDate") is { Length: >= 4 } date ? date[..4] + "-**-**" : null,
            Text(student, "sex"),
            student.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array
                ? [.. ids.EnumerateArray().Select(id => Text(id, "system")).OfType<string>().Distinct(StringComparer.Ordinal)]
                : []);
    }

    private static string? Initial(JsonElement student, string name) =>
        Text(student, name) is { Length: > 0 } value ? value[..1] + "***" : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
