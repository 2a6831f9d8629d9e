using CradleToCareer.Application.Ingest;

namespace CradleToCareer.Host.Ingest;

/// <summary>The body of a <c>200</c> answer to <c>POST /v1/events</c>.</summary>
public sealed record IngestResponse(IReadOnlyList<EventResult> Results);
