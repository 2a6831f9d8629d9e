using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Accounts;

namespace CradleToCareer.Application.Accounts;

/// <summary>
/// Checks a user name and password, and, on every later request, that the account may still act: it is not disabled,
/// and a guardian's student is still a minor who has not enrolled in college (people.md: at 18 the guardian's access
/// ends). A refusal never says which part was wrong.
/// </summary>
public sealed class WebSignIn(IAccountStore accounts, IStudentRecords students)
{
    /// <summary>The account when the password is its own and it may act now; else null, after the same work.</summary>
    public async Task<WebAccount?> VerifyAsync(string username, string password, CancellationToken cancellationToken)
    {
        var normalized = StaffAccountRules.NormalizeUsername(username);
        if (!StaffAccountRules.IsWellFormedUsername(normalized)
            || await accounts.FindByUsernameAsync(normalized, cancellationToken) is not { } account)
        {
            Passwords.VerifyAgainstDecoy(password);
            return null;
        }

        return Passwords.Verify(password, account.PasswordHash) && await MayActAsync(account)
            ? account
            : null;
    }

    /// <summary>The account as it is now when it may still act; null when it is gone, disabled or its access ended.</summary>
    public async Task<WebAccount?> StillActiveAsync(string accountId, CancellationToken cancellationToken) =>
        await accounts.FindAsync(accountId, cancellationToken) is { } account && await MayActAsync(account) ? account : null;

    private async Task<bool> MayActAsync(WebAccount account) =>
        account.DisabledAt is null
        && (account.IsStaff || (await students.AccountFactsAsync(account.PersonId) is { } facts && facts.Allows(account.Kind)));
}
