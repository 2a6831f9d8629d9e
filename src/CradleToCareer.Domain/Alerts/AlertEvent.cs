namespace CradleToCareer.Domain.Alerts;

/// <summary>
/// One alert as a CloudEvents 1.0 event. It carries only the person id, the milestone (or risk flag) id, its date
/// and a link to the progress view: no other student data. <see cref="Date"/> is the date the milestone was reached
/// (for a retraction, the date it had been reached) or the date the risk flag appeared; <see cref="Time"/> is when
/// the alert was produced.
/// </summary>
public sealed record AlertEvent(
    string Id,
    AlertKind Kind,
    string PersonId,
    string MilestoneId,
    DateOnly Date,
    Uri Progress,
    DateTimeOffset Time)
{
    public const string SpecVersion = "1.0";
    public const string Source = "urn:c2c:record-service";
    public const string DataContentType = "application/json";

    /// <summary>The consent scope under which alerts about a student may be sent to an organization.</summary>
    public const string ConsentScope = "alerts";

    public string Type => AlertTypes.Of(Kind);

    public string Subject => PersonId;

    /// <summary>The <c>data.kind</c> value: <c>risk-flag</c> for a raised risk flag, <c>milestone</c> otherwise.</summary>
    public string SubjectKind => Kind == AlertKind.RiskRaised ? "risk-flag" : "milestone";
}
