using System.Security.Cryptography;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Application.Accounts;

/// <summary>What activating an account came to.</summary>
public abstract record ActivationOutcome
{
    private ActivationOutcome()
    {
    }

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ActivationOutcome;

    public sealed record Activated(WebAccount Account) : ActivationOutcome;
}

/// <summary>
/// A student, or a parent or guardian, turns an activation code into an account with a user name and password of
/// their choosing. The account is bound to the code's person and kind; the code is used up in the same transaction.
/// </summary>
public sealed class ActivateAccount(IAccountStore accounts, IStudentRecords students, TimeProvider clock)
{
    private static readonly FieldError CodeNotValid = new(
        "/code", "is not valid: it may be mistyped, used already or expired; ask the school for a new one");

    public async Task<ActivationOutcome> RunAsync(string? typedCode, string? username, string? password, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var normalized = ActivationCodes.Normalize(typedCode);
        if (normalized is null)
        {
            errors.Add(new FieldError("/code", $"is required: the {ActivationCodes.Length} letters and digits printed on the code, such as ABCD-EFGH-JKMN-PQRS"));
        }

        errors.AddRange(StaffAccountRules.ValidateCredentials(username, password));
        if (errors.Count > 0)
        {
            return new ActivationOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var hash = ActivationCodes.HashOf(normalized!);
        if (await accounts.FindCodeAsync(hash, cancellationToken) is not { UsedAt: null } code || code.ExpiresAt <= now)
        {
            return new ActivationOutcome.Invalid([CodeNotValid]);
        }

        if (await students.AccountFactsAsync(code.PersonId) is not { } facts || !facts.Allows(code.Kind))
        {
            return new ActivationOutcome.Invalid([new FieldError(
                "/code", "is a parent's or guardian's code, and the student is now 18 or has enrolled in college: the student activates their own account")]);
        }

        var account = new WebAccount(
            NewAccountId(), code.Kind, StaffAccountRules.NormalizeUsername(username), Passwords.Hash(password!), "", [], code.PersonId, now);
        return await accounts.RedeemAsync(hash, account, now, cancellationToken) switch
        {
            AccountAdded.Added => new ActivationOutcome.Activated(account),
            AccountAdded.UsernameTaken => new ActivationOutcome.Invalid([new FieldError("/username", "is taken: choose another")]),
            _ => new ActivationOutcome.Invalid([CodeNotValid]),
        };
    }

    /// <summary><c>acct_</c> and 20 random lower-case letters and digits.</summary>
    public static string NewAccountId() =>
        "acct_" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 20);
}
