using CradleToCareer.Application.Identity;
using CradleToCareer.Domain.Identity;
using System.Text.Json;

namespace CradleToCareer.Host.Api;

/// <summary>The answer to <c>GET /v1/identity/reviews</c>: the number of open items and one page of them.</summary>
public sealed record ReviewQueueView(int Total, IReadOnlyList<ReviewQueueView.ReviewView> Reviews)
{
    /// <summary>
    /// One field's comparison: <c>agree</c>, <c>partial</c>, <c>disagree</c> or <c>missing</c>, its weight in bits, and
    /// the part of the weight an agreeing name's frequency added (positive: a rare name) or took away (negative: a
    /// common one); 0 for other fields.
    /// </summary>
    public sealed record EvidenceView(string Field, string Agreement, double Weight, double FrequencyBits);

    public sealed record ReviewView(
        string ReviewId,
        string Kind,
        double? Score,
        IReadOnlyList<EvidenceView> Evidence,
        IReadOnlyList<ReviewReason> Reasons,
        IReadOnlyList<string> IdentifierSystems,
        DateTimeOffset CreatedAt,
        MaskedPerson Person,
        MaskedPerson Candidate)
    {
        public static ReviewView Of(MaskedReview review) => new(
            review.Item.ReviewId,
            review.Item.Kind,
            review.Item.Score is { } score ? Math.Round(score, 2) : null,
            [.. review.Item.Evidence.Select(e => new EvidenceView(JsonNamingPolicy.CamelCase.ConvertName(e.Field.ToString()), e.Agreement.ToString().ToLowerInvariant(), Math.Round(e.Weight, 2), Math.Round(e.FrequencyBits, 2)))],
            review.Item.Reasons,
            review.Item.IdentifierSystems,
            review.Item.CreatedAt,
            review.Person,
            review.Candidate);
    }
}
