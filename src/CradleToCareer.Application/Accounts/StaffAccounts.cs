using CradleToCareer.Application.Access;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Accounts;

/// <summary>What creating a staff account came to.</summary>
public abstract record StaffAccountOutcome
{
    private StaffAccountOutcome()
    {
    }

    /// <summary>No organization has the id.</summary>
    public sealed record NotFound : StaffAccountOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : StaffAccountOutcome;

    public sealed record Created(WebAccountSummary Account) : StaffAccountOutcome;
}

/// <summary>An admin creates, lists and disables the staff accounts of an organization (people.md, Signing in).</summary>
public sealed class StaffAccounts(IAccountStore accounts, IAccessRegistry registry, TimeProvider clock)
{
    public async Task<StaffAccountOutcome> CreateAsync(
        string organizationId, string? username, string? password, IReadOnlyList<string>? roles, CancellationToken cancellationToken)
    {
        if (await registry.GetOrganizationAsync(organizationId, cancellationToken) is null)
        {
            return new StaffAccountOutcome.NotFound();
        }

        var errors = StaffAccountRules.ValidateCredentials(username, password).Concat(StaffAccountRules.ValidateRoles(roles)).ToList();
        if (errors.Count > 0)
        {
            return new StaffAccountOutcome.Invalid(errors);
        }

        var account = new WebAccount(
            ActivateAccount.NewAccountId(), AccountKinds.Staff, StaffAccountRules.NormalizeUsername(username), Passwords.Hash(password!),
            organizationId, [.. roles!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], "", clock.GetUtcNow());
        return await accounts.AddAsync(account, cancellationToken) == AccountAdded.Added
            ? new StaffAccountOutcome.Created(account.Summary())
            : new StaffAccountOutcome.Invalid([new FieldError("/username", "is taken: choose another")]);
    }

    public async Task<IReadOnlyList<WebAccountSummary>> ListAsync(string organizationId, CancellationToken cancellationToken) =>
        [.. (await accounts.ListStaffAsync(organizationId, cancellationToken)).Select(account => account.Summary())];

    /// <summary>Disables a staff account of the organization; false when it has no such account.</summary>
    public async Task<bool> DisableAsync(string organizationId, string accountId, CancellationToken cancellationToken) =>
        await accounts.FindAsync(accountId, cancellationToken) is { IsStaff: true } account
        && account.OrganizationId == organizationId
        && await accounts.DisableAsync(accountId, clock.GetUtcNow(), cancellationToken) is not null;
}
