using CradleToCareer.Application.Accounts;

namespace CradleToCareer.Storage.InMemory.Accounts;

/// <summary>The embedded default's web accounts and activation codes, in process memory, under one lock.</summary>
public sealed class InMemoryAccountStore : IAccountStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WebAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byUsername = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivationCode> _codes = new(StringComparer.Ordinal);

    public Task<AccountAdded> AddAsync(WebAccount account, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Add(account));
        }
    }

    public Task<AccountAdded> RedeemAsync(string codeHash, WebAccount account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_codes.GetValueOrDefault(codeHash) is not { UsedAt: null } code || code.ExpiresAt <= now)
            {
                return Task.FromResult(AccountAdded.CodeNotValid);
            }

            var added = Add(account);
            if (added == AccountAdded.Added)
            {
                _codes[codeHash] = code with { UsedAt = now };
            }

            return Task.FromResult(added);
        }
    }

    public Task<WebAccount?> FindAsync(string accountId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_accounts.GetValueOrDefault(accountId));
        }
    }

    public Task<WebAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_byUsername.GetValueOrDefault(username) is { } id ? _accounts[id] : null);
        }
    }

    public Task<IReadOnlyList<WebAccount>> ListStaffAsync(string organizationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<WebAccount>>([.. _accounts.Values
                .Where(account => account.IsStaff && account.OrganizationId == organizationId)
                .OrderBy(account => account.Username, StringComparer.Ordinal)]);
        }
    }

    public Task<WebAccount?> DisableAsync(string accountId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_accounts.GetValueOrDefault(accountId) is not { } account)
            {
                return Task.FromResult<WebAccount?>(null);
            }

            return Task.FromResult<WebAccount?>(_accounts[accountId] = account with { DisabledAt = account.DisabledAt ?? at });
        }
    }

    public Task AddCodeAsync(ActivationCode code, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _codes.Add(code.CodeHash, code);
        }

        return Task.CompletedTask;
    }

    public Task<ActivationCode?> FindCodeAsync(string codeHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_codes.GetValueOrDefault(codeHash));
        }
    }

    private AccountAdded Add(WebAccount account)
    {
        if (!_byUsername.TryAdd(account.Username, account.AccountId))
        {
            return AccountAdded.UsernameTaken;
        }

        _accounts.Add(account.AccountId, account);
        return AccountAdded.Added;
    }
}
