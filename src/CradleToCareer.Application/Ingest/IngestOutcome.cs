namespace CradleToCareer.Application.Ingest;

/// <summary>What an ingest request came to.</summary>
public abstract record IngestOutcome
{
    private IngestOutcome()
    {
    }

    /// <summary>The caller's organization is not registered: nothing was considered.</summary>
    public sealed record UnknownOrganization : IngestOutcome;

    /// <summary>One result per event, in request order; the accepted ones are durable.</summary>
    public sealed record Ingested(IReadOnlyList<EventResult> Results) : IngestOutcome;
}
