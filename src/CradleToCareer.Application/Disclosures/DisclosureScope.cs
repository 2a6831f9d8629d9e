using CradleToCareer.Domain.Alerts;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Application.Disclosures;

/// <summary>What a disclosure is recorded as, and the consent scope it needs (null: any active consent).</summary>
public sealed record DisclosureScope(string Recorded, string? RequiredScope)
{
    public static readonly DisclosureScope Progress = new(ProgressViews.ProgressScope, ProgressViews.ProgressScope);

    public static readonly DisclosureScope Transcript = new(TranscriptViews.Scope, TranscriptViews.Scope);

    public static readonly DisclosureScope Alert = new(AlertEvent.ConsentScope, AlertEvent.ConsentScope);

    /// <summary>A resolve hit: the person id alone, to an organization holding any active consent.</summary>
    public static readonly DisclosureScope Identity = new("identity", null);
}
