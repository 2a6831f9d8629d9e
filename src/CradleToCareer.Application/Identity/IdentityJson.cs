using CradleToCareer.Domain.Identity;
using System.Text.Json;
using System.Text.Json.Serialization;
using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Application.Identity;

/// <summary>How fingerprints, review evidence and reasons, and estimated weights are stored: tokens, Bloom filters, weights and field names only.</summary>
public static class IdentityJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(MatchFingerprint fingerprint) => JsonSerializer.Serialize(fingerprint, Options);

    public static MatchFingerprint ReadFingerprint(string json) =>
        JsonSerializer.Deserialize<MatchFingerprint>(json, Options) ?? throw new JsonException("A stored fingerprint is null.");

    public static string Write(MatchWeights weights) => JsonSerializer.Serialize(weights, Options);

    public static MatchWeights ReadWeights(string json) =>
        JsonSerializer.Deserialize<MatchWeights>(json, Options) ?? throw new JsonException("Stored match weights are null.");

    public static string Write(ReviewItem review) =>
        JsonSerializer.Serialize(new StoredEvidence(review.Evidence, review.IdentifierSystems), Options);

    public static (IReadOnlyList<FieldEvidence> Fields, IReadOnlyList<string> IdentifierSystems) ReadEvidence(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredEvidence>(json, Options) ?? throw new JsonException("Stored review evidence is null.");
        return (stored.Fields, stored.IdentifierSystems);
    }

    public static string Write(IReadOnlyList<ReviewReason> reasons) => JsonSerializer.Serialize(reasons, Options);

    public static IReadOnlyList<ReviewReason> ReadReasons(string json) =>
        JsonSerializer.Deserialize<ReviewReason[]>(json, Options) ?? throw new JsonException("Stored review reasons are null.");

    private sealed record StoredEvidence(IReadOnlyList<FieldEvidence> Fields, IReadOnlyList<string> IdentifierSystems);
}
