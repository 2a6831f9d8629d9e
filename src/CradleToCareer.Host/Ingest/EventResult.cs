using System.Text.Json.Serialization;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Host.Ingest;

/// <summary>The answer for one event of an ingest request, in request order.</summary>
/// <param name="Id">The event's id, when it could be read.</param>
/// <param name="Status"><c>accepted</c>, <c>duplicate</c>, <c>conflict</c> or <c>rejected</c>.</param>
/// <param name="PersonId">The person the event landed on (accepted, duplicate, conflict).</param>
/// <param name="Errors">What was wrong and where (JSON Pointer into the event), for conflict and rejected.</param>
public sealed record EventResult(
    string? Id,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PersonId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FieldError>? Errors);

/// <summary>The body of a <c>200</c> answer to <c>POST /v1/events</c>.</summary>
public sealed record IngestResponse(IReadOnlyList<EventResult> Results);
