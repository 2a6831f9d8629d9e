namespace CradleToCareer.Domain.Research;

/// <summary>
/// What an admin asks to approve (<c>POST /v1/research/projects</c>), read and validated: a
/// <see cref="ResearchProject"/> before it is known who approved it and when.
/// </summary>
public sealed record ResearchProjectTerms(
    string ProjectId,
    string Title,
    string OrganizationId,
    string Purpose,
    IReadOnlyList<string> Cohorts,
    IReadOnlyList<string> Fields,
    DateTimeOffset ExpiresAt,
    string Agreement)
{
    /// <summary>The project these terms make once <paramref name="approvedBy"/> approves them at <paramref name="approvedAt"/>.</summary>
    public ResearchProject ApprovedBy(string approvedBy, DateTimeOffset approvedAt) =>
        new(ProjectId, Title, OrganizationId, Purpose, Cohorts, Fields, ExpiresAt, Agreement, approvedBy, approvedAt);
}
