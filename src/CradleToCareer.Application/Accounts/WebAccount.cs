namespace CradleToCareer.Application.Accounts;

/// <summary>
/// A person's account for the web pages. A staff account belongs to an organization and holds some of its roles; a
/// student or guardian account is bound to exactly one person id for good. The password is kept only as a hash
/// (<see cref="Passwords"/>).
/// </summary>
/// <param name="AccountId">The service's id for the account (<c>acct_</c> and 20 random characters).</param>
/// <param name="Kind">One of <see cref="Domain.Accounts.AccountKinds"/>.</param>
/// <param name="Username">What the person signs in with, stored in lower case; unique among all accounts.</param>
/// <param name="OrganizationId">The staff account's organization; empty for a student or guardian.</param>
/// <param name="Roles">The staff account's roles; empty for a student or guardian.</param>
/// <param name="PersonId">The person a student or guardian account acts for; empty for staff.</param>
public sealed record WebAccount(
    string AccountId,
    string Kind,
    string Username,
    string PasswordHash,
    string OrganizationId,
    IReadOnlyList<string> Roles,
    string PersonId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt = null)
{
    public bool IsStaff => Kind == Domain.Accounts.AccountKinds.Staff;

    /// <summary>What an administrator may see of the account: everything but the password hash.</summary>
    public WebAccountSummary Summary() => new(AccountId, Kind, Username, OrganizationId, Roles, CreatedAt, DisabledAt);
}

/// <summary>A web account without its password hash, as lists show it.</summary>
public sealed record WebAccountSummary(
    string AccountId,
    string Kind,
    string Username,
    string OrganizationId,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt);
