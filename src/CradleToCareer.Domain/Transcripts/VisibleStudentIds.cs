using CradleToCareer.Domain.Profile;

namespace CradleToCareer.Domain.Transcripts;

/// <summary>
/// Which of a person's ids a transcript shows its recipient: the statewide education ids that schools
/// and colleges use to match records, and the recipient's own local student number. Another
/// institution's local number and the aid agency's id tell the recipient nothing it needs.
/// </summary>
public static class VisibleStudentIds
{
    public static IReadOnlyList<string> EducationSystems { get; } = ["ssid", "ccc-id", "csu-id", "uc-id"];

    public static IReadOnlyList<StudentId> For(IEnumerable<StudentId> ids, string recipientOrgId) =>
    [
        .. ids.Where(id => EducationSystems.Contains(id.System, StringComparer.Ordinal)
                || id.System == "local:" + recipientOrgId)
            .OrderBy(id => id.System, StringComparer.Ordinal)
            .ThenBy(id => id.Value, StringComparer.Ordinal),
    ];
}
