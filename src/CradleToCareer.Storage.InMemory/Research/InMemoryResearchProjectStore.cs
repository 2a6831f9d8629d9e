using System.Collections.Concurrent;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Storage.InMemory.Research;

/// <summary>The embedded default's approved research projects, in process memory; a kept project is never replaced.</summary>
public sealed class InMemoryResearchProjectStore : IResearchProjectStore
{
    private readonly ConcurrentDictionary<string, ResearchProject> _projects = new(StringComparer.Ordinal);

    public Task<bool> AddAsync(ResearchProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Task.FromResult(_projects.TryAdd(project.ProjectId, project));
    }

    public Task<ResearchProject?> FindAsync(string projectId, CancellationToken cancellationToken) =>
        Task.FromResult(_projects.GetValueOrDefault(projectId));

    public Task<IReadOnlyList<ResearchProject>> ListAsync(string? organizationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ResearchProject>>([.. _projects.Values
            .Where(project => organizationId is null || project.OrganizationId == organizationId)
            .OrderBy(project => project.ProjectId, StringComparer.Ordinal)]);

    /// <summary>Whether a project with the id is kept: what an extract must be asked for under.</summary>
    internal bool Contains(string projectId) => _projects.ContainsKey(projectId);
}
