using System.Text.Json;
using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Research;
using Npgsql;
using NpgsqlTypes;

namespace CradleToCareer.Storage.Postgres.Research;

/// <summary>
/// Approved research projects (table <c>c2c_research_project</c>), each kept as JSON beside the columns its listing
/// needs. The table refuses UPDATE, DELETE and TRUNCATE, so a kept project cannot change.
/// </summary>
public sealed class PostgresResearchProjectStore(NpgsqlDataSource dataSource) : IResearchProjectStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> AddAsync(ResearchProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO c2c_research_project (project_id, organization_id, project, approved_at)
            VALUES (@id, @organization, @project::jsonb, @approved)
            ON CONFLICT (project_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("id", project.ProjectId);
        command.Parameters.AddWithValue("organization", project.OrganizationId);
        command.Parameters.AddWithValue("project", JsonSerializer.Serialize(project, Json));
        command.Parameters.AddWithValue("approved", project.ApprovedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<ResearchProject?> FindAsync(string projectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT project FROM c2c_research_project WHERE project_id = @id");
        command.Parameters.AddWithValue("id", projectId);
        return (await ReadAllAsync(command, cancellationToken)) is [var project] ? project : null;
    }

    public async Task<IReadOnlyList<ResearchProject>> ListAsync(string? organizationId, CancellationToken cancellationToken)
    {
        // Ordered bytewise, as the embedded default orders ids, whatever the database's collation.
        await using var command = dataSource.CreateCommand(
            """
            SELECT project FROM c2c_research_project
            WHERE @organization::text IS NULL OR organization_id = @organization
            ORDER BY project_id COLLATE "C"
            """);
        command.Parameters.AddWithValue("organization", NpgsqlDbType.Text, (object?)organizationId ?? DBNull.Value);
        return await ReadAllAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ResearchProject>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var projects = new List<ResearchProject>();
        while (await reader.ReadAsync(cancellationToken))
        {
            projects.Add(JsonSerializer.Deserialize<ResearchProject>(reader.GetString(0), Json)
                ?? throw new InvalidDataException("A kept research project holds no project."));
        }

        return projects;
    }
}
