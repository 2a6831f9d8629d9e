using System.Text.Json;
using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Research;

namespace CradleToCareer.Application.Research;

/// <summary>What an approval came to.</summary>
public abstract record ApprovalOutcome
{
    private ApprovalOutcome()
    {
    }

    /// <summary>Only an admin approves research projects.</summary>
    public sealed record Forbidden : ApprovalOutcome;

    /// <summary>The body is not a valid project, or names no registered organization; each error names its field.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ApprovalOutcome;

    /// <summary>A project with this id is approved already; it stays as it was.</summary>
    public sealed record Conflict(string ProjectId) : ApprovalOutcome;

    public sealed record Approved(ResearchProject Project) : ApprovalOutcome;
}

/// <summary>
/// An admin approves a research project (outcomes.md "Research extracts"): the body is read by
/// <see cref="ResearchProjectJson"/>, the organization whose researchers will ask for extracts must be registered, and
/// the project is kept with the approving admin client and the time. A project is never changed once approved.
/// </summary>
public sealed class ApproveResearchProject(IResearchProjectStore projects, IAccessRegistry registry, TimeProvider clock)
{
    public async Task<ApprovalOutcome> RunAsync(Caller caller, JsonElement body, CancellationToken cancellationToken)
    {
        if (!caller.IsIn(Roles.Admin))
        {
            return new ApprovalOutcome.Forbidden();
        }

        var now = clock.GetUtcNow();
        var parsed = ResearchProjectJson.Parse(body, now);
        var errors = parsed.Errors.ToList();
        if (parsed.OrganizationId is { } organizationId
            && await registry.GetOrganizationAsync(organizationId, cancellationToken) is null)
        {
            errors.Add(new FieldError("/organizationId", "must be the id of a registered organization"));
        }

        if (errors.Count > 0 || parsed.Terms is not { } terms)
        {
            return new ApprovalOutcome.Invalid(errors);
        }

        var project = terms.ApprovedBy(caller.ClientId, now);
        return await projects.AddAsync(project, cancellationToken)
            ? new ApprovalOutcome.Approved(project)
            : new ApprovalOutcome.Conflict(project.ProjectId);
    }
}
