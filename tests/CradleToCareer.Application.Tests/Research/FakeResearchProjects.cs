using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>Research projects held in a test, by id.</summary>
internal sealed class FakeResearchProjects : IResearchProjectStore
{
    private readonly SortedDictionary<string, ResearchProject> _projects = new(StringComparer.Ordinal);

    public Task<bool> AddAsync(ResearchProject project, CancellationToken cancellationToken) =>
        Task.FromResult(_projects.TryAdd(project.ProjectId, project));

    public Task<ResearchProject?> FindAsync(string projectId, CancellationToken cancellationToken) =>
        Task.FromResult(_projects.GetValueOrDefault(projectId));

    public Task<IReadOnlyList<ResearchProject>> ListAsync(string? organizationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ResearchProject>>(
            [.. _projects.Values.Where(p => organizationId is null || p.OrganizationId == organizationId)]);
}
