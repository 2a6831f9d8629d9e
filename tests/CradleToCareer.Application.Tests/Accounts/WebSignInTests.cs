using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Accounts;

namespace CradleToCareer.Application.Tests.Accounts;

public sealed class WebSignInTests
{
    private const string Password = "lantern orchard copper tide";

    [Fact]
    public async Task The_right_password_signs_in_and_a_wrong_one_or_an_unknown_name_does_not()
    {
        var scene = await AccountScene.CreateAsync();
        Assert.IsType<StaffAccountOutcome.Created>(
            await scene.Staff.CreateAsync(AccountScene.SchoolOrg, "M.Okafor", Password, ["advisor"], CancellationToken.None));

        Assert.NotNull(await scene.SignIn.VerifyAsync(" m.okafor ", Password, CancellationToken.None));
        Assert.Null(await scene.SignIn.VerifyAsync("m.okafor", Password + "x", CancellationToken.None));
        Assert.Null(await scene.SignIn.VerifyAsync("nobody", Password, CancellationToken.None));
        Assert.Null(await scene.SignIn.VerifyAsync("m.okafor\u0000", Password, CancellationToken.None));
    }

    [Fact]
    public async Task A_disabled_account_neither_signs_in_nor_keeps_its_session()
    {
        var scene = await AccountScene.CreateAsync();
        var created = Assert.IsType<StaffAccountOutcome.Created>(
            await scene.Staff.CreateAsync(AccountScene.SchoolOrg, "m.okafor", Password, ["advisor"], CancellationToken.None));

        Assert.False(await scene.Staff.DisableAsync(AccountScene.OtherOrg, created.Account.AccountId, CancellationToken.None));
        Assert.NotNull(await scene.SignIn.StillActiveAsync(created.Account.AccountId, CancellationToken.None));
        Assert.True(await scene.Staff.DisableAsync(AccountScene.SchoolOrg, created.Account.AccountId, CancellationToken.None));

        Assert.Null(await scene.SignIn.VerifyAsync("m.okafor", Password, CancellationToken.None));
        Assert.Null(await scene.SignIn.StillActiveAsync(created.Account.AccountId, CancellationToken.None));
    }

    [Fact]
    public async Task A_guardians_access_ends_when_the_student_turns_18_or_enrolls_in_college()
    {
        var scene = await AccountScene.CreateAsync();
        var code = await scene.CodeAsync(AccountScene.Minor, AccountKinds.Guardian);
        var guardian = Assert.IsType<ActivationOutcome.Activated>(await scene.Activate.RunAsync(code, "parent", Password, CancellationToken.None)).Account;
        Assert.NotNull(await scene.SignIn.StillActiveAsync(guardian.AccountId, CancellationToken.None));

        scene.Students.AccountFacts[AccountScene.Minor] = new StudentAccountFacts(GuardianActs: false, [AccountScene.School]);

        Assert.Null(await scene.SignIn.StillActiveAsync(guardian.AccountId, CancellationToken.None));
        Assert.Null(await scene.SignIn.VerifyAsync("parent", Password, CancellationToken.None));
    }

    [Fact]
    public async Task Staff_accounts_take_only_the_peoples_roles_and_name_each_problem()
    {
        var scene = await AccountScene.CreateAsync();

        var invalid = Assert.IsType<StaffAccountOutcome.Invalid>(
            await scene.Staff.CreateAsync(AccountScene.SchoolOrg, "x", "short", ["advisor", "student-portal"], CancellationToken.None));
        var unknown = await scene.Staff.CreateAsync("org-none", "m.okafor", Password, ["advisor"], CancellationToken.None);

        Assert.Equal(["/username", "/password", "/roles/1"], invalid.Errors.Select(error => error.Path));
        Assert.IsType<StaffAccountOutcome.NotFound>(unknown);
        Assert.Empty(await scene.Staff.ListAsync(AccountScene.SchoolOrg, CancellationToken.None));
    }
}
