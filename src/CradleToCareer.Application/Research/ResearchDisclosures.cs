using CradleToCareer.Domain.Disclosures;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>
/// How a person's inclusion in an extract is written in that person's disclosure record: to the researcher client
/// that asked and the project's organization, as scope <see cref="Scope"/>, under the project (a research disclosure
/// rests on the approved project and its data use agreement, not on a consent), for the project's purpose naming the
/// project and the extract.
/// </summary>
public static class ResearchDisclosures
{
    public const string Scope = "research";

    /// <summary>What stands in the consent id's place: <c>research-project:&lt;project id&gt;</c>.</summary>
    public static string ConsentIdOf(string projectId) => "research-project:" + projectId;

    /// <summary>The project's purpose, then <c>(research project &lt;id&gt;, extract &lt;extract id&gt;)</c>.</summary>
    public static string PurposeOf(ResearchProject project, string extractId)
    {
        ArgumentNullException.ThrowIfNull(project);
        return $"{project.Purpose} (research project {project.ProjectId}, extract {extractId})";
    }

    public static Disclosure Of(string personId, ResearchExtract extract, ResearchProject project, DateTimeOffset disclosedAt)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(project);
        return new Disclosure(
            personId, extract.RequestedBy, project.OrganizationId, Scope, ConsentIdOf(project.ProjectId),
            PurposeOf(project, extract.ExtractId), disclosedAt);
    }
}
