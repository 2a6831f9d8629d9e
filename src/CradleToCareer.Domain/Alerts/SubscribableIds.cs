using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Alerts;

/// <summary>What a subscription may name: the milestone ids and risk flag ids of rules.md, or <c>*</c> for all of them.</summary>
public static class SubscribableIds
{
    public const string Everything = "*";

    public static IReadOnlyList<string> RiskFlags { get; } = [RiskFlagIds.ChronicAbsence, RiskFlagIds.AgOffTrack, RiskFlagIds.LowGpa];

    /// <summary>Every milestone id, then every risk flag id.</summary>
    public static IReadOnlyList<string> All { get; } = [.. MilestoneIds.All, .. RiskFlags];

    public static bool IsMilestone(string id) => MilestoneIds.All.Contains(id, StringComparer.Ordinal);

    public static bool IsRiskFlag(string id) => RiskFlags.Contains(id, StringComparer.Ordinal);

    /// <summary>Whether a subscription to <paramref name="subscribed"/> receives alerts about <paramref name="id"/>.</summary>
    public static bool Covers(IReadOnlyCollection<string> subscribed, string id) =>
        subscribed.Contains(Everything, StringComparer.Ordinal) || subscribed.Contains(id, StringComparer.Ordinal);
}
