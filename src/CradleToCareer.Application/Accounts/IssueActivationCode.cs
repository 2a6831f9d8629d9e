using CradleToCareer.Application.Access;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Accounts;

/// <summary>What issuing an activation code came to.</summary>
public abstract record IssueCodeOutcome
{
    private IssueCodeOutcome()
    {
    }

    /// <summary>No student record has the person id, or the caller's organization is not one of the student's schools.</summary>
    public sealed record NotFound : IssueCodeOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : IssueCodeOutcome;

    /// <summary>The code, shown this once, and when it stops working.</summary>
    public sealed record Issued(string Code, DateTimeOffset ExpiresAt) : IssueCodeOutcome;
}

/// <summary>
/// A school or college, or the student portal, issues a one-time code with which a student, or a minor's parent or
/// guardian, activates a web account bound to that student (people.md). Staff of an organization may issue codes only
/// for students with records at one of its institutions; anyone else gets the answer an unknown person gets. A
/// guardian code is refused once the student is 18 or has enrolled in college.
/// </summary>
public sealed class IssueActivationCode(
    IIdentityStore identity, IStudentRecords students, IAccessRegistry registry, IAccountStore accounts, TimeProvider clock)
{
    public async Task<IssueCodeOutcome> RunAsync(Caller caller, string personId, string? kind, CancellationToken cancellationToken)
    {
        kind ??= AccountKinds.Student;
        if (!AccountKinds.IsActivatable(kind))
        {
            return new IssueCodeOutcome.Invalid([new FieldError("/kind", "must be student or guardian")]);
        }

        var now = clock.GetUtcNow();
        if (await identity.CurrentAsync(personId, cancellationToken) is not { } current
            || await students.AccountFactsAsync(current) is not { } facts
            || !await MayIssueAsync(caller, facts, cancellationToken))
        {
            return new IssueCodeOutcome.NotFound();
        }

        if (!facts.Allows(kind))
        {
            return new IssueCodeOutcome.Invalid([new FieldError(
                "/kind",
                "must be student: the student is 18 or older, or has enrolled in postsecondary education, so a parent or guardian no longer acts for them")]);
        }

        var code = ActivationCodes.Generate();
        var expiresAt = now + ActivationCodes.Lifetime;
        await accounts.AddCodeAsync(
            new ActivationCode(
                ActivationCodes.HashOf(ActivationCodes.Normalize(code)!), current, kind, caller.ClientId, caller.OrganizationId, now, expiresAt),
            cancellationToken);
        return new IssueCodeOutcome.Issued(code, expiresAt);
    }

    private async Task<bool> MayIssueAsync(Caller caller, StudentAccountFacts facts, CancellationToken cancellationToken) =>
        caller.IsIn(Roles.StudentPortal)
        || (await registry.GetOrganizationAsync(caller.OrganizationId, cancellationToken) is { } organization
            && organization.Institutions.Intersect(facts.Institutions, StringComparer.Ordinal).Any());
}
