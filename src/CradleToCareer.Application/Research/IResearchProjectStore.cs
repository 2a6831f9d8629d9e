using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>Where approved research projects are kept. A project, once approved, is never changed.</summary>
public interface IResearchProjectStore
{
    /// <summary>Keeps the project; false (and nothing kept) when its id is taken.</summary>
    Task<bool> AddAsync(ResearchProject project, CancellationToken cancellationToken);

    Task<ResearchProject?> FindAsync(string projectId, CancellationToken cancellationToken);

    /// <summary>Every project, or only the organization's when one is named, by id.</summary>
    Task<IReadOnlyList<ResearchProject>> ListAsync(string? organizationId, CancellationToken cancellationToken);
}
