using System.Text.Json.Serialization;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Ingest;

/// <summary>The answer for one event of an ingest request, in request order.</summary>
/// <param name="Id">The event's id, when it could be read.</param>
/// <param name="Status"><c>accepted</c>, <c>duplicate</c>, <c>conflict</c> or <c>rejected</c>.</param>
/// <param name="PersonId">The person the event landed on (accepted, duplicate, conflict).</param>
/// <param name="Errors">What was wrong and where (JSON Pointer into the event), for conflict and rejected.</param>
public sealed record EventResult(
    string? Id,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PersonId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FieldError>? Errors)
{
    public static EventResult Rejected(string? id, IReadOnlyList<FieldError> errors) => new(id, "rejected", null, errors);

    public static EventResult Of(string? id, AppendOutcome outcome) => new(
        id,
        outcome.Status.ToString().ToLowerInvariant(),
        outcome.PersonId,
        outcome.Error is null ? null : [outcome.Error]);
}
