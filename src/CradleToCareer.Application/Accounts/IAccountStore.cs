namespace CradleToCareer.Application.Accounts;

/// <summary>What became of adding an account.</summary>
public enum AccountAdded
{
    Added,

    /// <summary>Another account has the user name; nothing changed.</summary>
    UsernameTaken,

    /// <summary>The activation code does not exist, was used, or has expired; nothing changed.</summary>
    CodeNotValid,
}

/// <summary>Web accounts and activation codes. Accounts are never deleted, only disabled; codes are used once.</summary>
public interface IAccountStore
{
    /// <summary>Adds the account unless its user name is taken.</summary>
    Task<AccountAdded> AddAsync(WebAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: marks the code used at <paramref name="now"/> and adds the account, only if the code is
    /// unused and unexpired at that time and the user name is free. The account must be bound to the code's person and
    /// kind (<see cref="FindCodeAsync"/>).
    /// </summary>
    Task<AccountAdded> RedeemAsync(string codeHash, WebAccount account, DateTimeOffset now, CancellationToken cancellationToken);

    Task<WebAccount?> FindAsync(string accountId, CancellationToken cancellationToken);

    Task<WebAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken);

    /// <summary>The organization's staff accounts, by user name, disabled ones too.</summary>
    Task<IReadOnlyList<WebAccount>> ListStaffAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Disables the account for good (disabling again keeps the first time); null when it does not exist.</summary>
    Task<WebAccount?> DisableAsync(string accountId, DateTimeOffset at, CancellationToken cancellationToken);

    Task AddCodeAsync(ActivationCode code, CancellationToken cancellationToken);

    Task<ActivationCode?> FindCodeAsync(string codeHash, CancellationToken cancellationToken);
}
