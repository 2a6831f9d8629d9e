using System.Text.Json.Serialization;

namespace CradleToCareer.Domain.Rules;

/// <summary>Semesters counted toward one a-g subject, and how many it needs.</summary>
public sealed record AgSubjectProgress(int Done, int Required)
{
    [JsonIgnore]
    public bool IsMet => Done >= Required;
}
