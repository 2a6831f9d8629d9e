using CradleToCareer.Application.Accounts;

namespace CradleToCareer.Storage.Tests.Accounts;

/// <summary>
/// What every web account store does, PostgreSQL and the embedded default alike: user names unique, a code redeemed
/// once and only while valid, in one step with the account it creates, and accounts disabled for good.
/// </summary>
public abstract class AccountStoreContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private IAccountStore? _store;

    protected IAccountStore Store => _store!;

    protected abstract Task<IAccountStore> CreateAsync();

    public async Task InitializeAsync() => _store = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_user_name_belongs_to_one_account_and_accounts_read_back_whole()
    {
        var staff = Staff("m.okafor", "org-a");

        Assert.Equal(AccountAdded.Added, await Store.AddAsync(staff, None));
        Assert.Equal(AccountAdded.UsernameTaken, await Store.AddAsync(Staff("m.okafor", "org-b"), None));

        var found = await Store.FindByUsernameAsync("m.okafor", None);
        Assert.Equivalent(staff, found);
        Assert.Equivalent(staff, await Store.FindAsync(staff.AccountId, None));
        Assert.Null(await Store.FindAsync("acct_none", None));
    }

    [Fact]
    public async Task Staff_lists_hold_the_organizations_staff_by_name_and_no_student()
    {
        await Store.AddAsync(Staff("zed", "org-a"), None);
        await Store.AddAsync(Staff("amy", "org-a"), None);
        await Store.AddAsync(Staff("bob", "org-b"), None);
        await Store.AddCodeAsync(Code("hash-list", "p_1"), None);
        await Store.RedeemAsync("hash-list", Student("stu", "p_1"), Now, None);

        Assert.Equal(["amy", "zed"], (await Store.ListStaffAsync("org-a", None)).Select(account => account.Username));
    }

    [Fact]
    public async Task A_code_is_redeemed_once_with_its_account_and_not_after_it_expires()
    {
        await Store.AddCodeAsync(Code("hash-once", "p_1"), None);
        await Store.AddCodeAsync(Code("hash-late", "p_2"), None);

        Assert.Equal(AccountAdded.Added, await Store.RedeemAsync("hash-once", Student("first", "p_1"), Now, None));
        Assert.Equal(AccountAdded.CodeNotValid, await Store.RedeemAsync("hash-once", Student("second", "p_1"), Now, None));
        Assert.Equal(AccountAdded.CodeNotValid, await Store.RedeemAsync("hash-late", Student("late", "p_2"), Now.AddDays(14), None));
        Assert.Equal(AccountAdded.CodeNotValid, await Store.RedeemAsync("hash-none", Student("none", "p_3"), Now, None));

        Assert.Equal(Now, (await Store.FindCodeAsync("hash-once", None))!.UsedAt);
        Assert.Null((await Store.FindCodeAsync("hash-late", None))!.UsedAt);
        Assert.Null(await Store.FindByUsernameAsync("second", None));
        Assert.Null(await Store.FindByUsernameAsync("late", None));
    }

    [Fact]
    public async Task A_taken_user_name_leaves_the_code_unused()
    {
        await Store.AddAsync(Staff("taken", "org-a"), None);
        await Store.AddCodeAsync(Code("hash-taken", "p_1"), None);

        Assert.Equal(AccountAdded.UsernameTaken, await Store.RedeemAsync("hash-taken", Student("taken", "p_1"), Now, None));

        Assert.Null((await Store.FindCodeAsync("hash-taken", None))!.UsedAt);
    }

    [Fact]
    public async Task Disabling_is_for_good_and_keeps_the_first_time()
    {
        var staff = Staff("m.okafor", "org-a");
        await Store.AddAsync(staff, None);

        Assert.Equal(Now, (await Store.DisableAsync(staff.AccountId, Now, None))!.DisabledAt);
        Assert.Equal(Now, (await Store.DisableAsync(staff.AccountId, Now.AddDays(1), None))!.DisabledAt);
        Assert.Null(await Store.DisableAsync("acct_none", Now, None));
        Assert.Equal(Now, (await Store.FindAsync(staff.AccountId, None))!.DisabledAt);
    }

    private static WebAccount Staff(string username, string organizationId) => new(
        ActivateAccount.NewAccountId(), "staff", username, "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", organizationId, ["advisor", "steward"], "", Now);

    private static WebAccount Student(string username, string personId) => new(
        ActivateAccount.NewAccountId(), "student", username, "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", "", [], personId, Now);

    private static ActivationCode Code(string hash, string personId) =>
        new(hash, personId, "student", "cl_portal", "org-portal", Now.AddDays(-1), Now.AddDays(13));
}
