using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Accounts;

namespace CradleToCareer.Application.Tests.Accounts;

public sealed class ActivateAccountTests
{
    private const string Password = "lantern orchard copper tide";

    [Fact]
    public async Task A_code_typed_loosely_activates_an_account_bound_to_its_person_once()
    {
        var scene = await AccountScene.CreateAsync();
        var code = await scene.CodeAsync(AccountScene.Adult);

        var activated = Assert.IsType<ActivationOutcome.Activated>(
            await scene.Activate.RunAsync(" " + code.ToLowerInvariant().Replace("-", " "), "Rosa.Diaz", Password, CancellationToken.None));
        var again = Assert.IsType<ActivationOutcome.Invalid>(
            await scene.Activate.RunAsync(code, "rosa2", Password, CancellationToken.None));

        Assert.Equal((AccountKinds.Student, AccountScene.Adult, "rosa.diaz"), (activated.Account.Kind, activated.Account.PersonId, activated.Account.Username));
        Assert.Equal("/code", Assert.Single(again.Errors).Path);
        Assert.Null(await scene.Accounts.FindByUsernameAsync("rosa2", CancellationToken.None));
        Assert.NotNull((await scene.Accounts.FindCodeAsync(ActivationCodes.HashOf(code.Replace("-", "")), CancellationToken.None))!.UsedAt);
    }

    [Fact]
    public async Task An_expired_code_a_taken_name_and_a_short_password_are_refused_and_change_nothing()
    {
        var scene = await AccountScene.CreateAsync();
        var code = await scene.CodeAsync(AccountScene.Adult);
        var other = await scene.CodeAsync(AccountScene.Minor);
        Assert.IsType<ActivationOutcome.Activated>(await scene.Activate.RunAsync(other, "taken", Password, CancellationToken.None));

        var weak = Assert.IsType<ActivationOutcome.Invalid>(await scene.Activate.RunAsync(code, "fresh", "short", CancellationToken.None));
        var taken = Assert.IsType<ActivationOutcome.Invalid>(await scene.Activate.RunAsync(code, "taken", Password, CancellationToken.None));
        scene.Clock.Advance(TimeSpan.FromDays(14));
        var expired = Assert.IsType<ActivationOutcome.Invalid>(await scene.Activate.RunAsync(code, "fresh", Password, CancellationToken.None));

        Assert.Equal("/password", Assert.Single(weak.Errors).Path);
        Assert.Equal("/username", Assert.Single(taken.Errors).Path);
        Assert.Equal("/code", Assert.Single(expired.Errors).Path);
        Assert.Null(await scene.Accounts.FindByUsernameAsync("fresh", CancellationToken.None));
        Assert.Null((await scene.Accounts.FindCodeAsync(ActivationCodes.HashOf(code.Replace("-", "")), CancellationToken.None))!.UsedAt);
    }

    [Fact]
    public async Task A_guardian_code_no_longer_activates_once_the_student_is_18_or_in_college()
    {
        var scene = await AccountScene.CreateAsync();
        var code = await scene.CodeAsync(AccountScene.Minor, AccountKinds.Guardian);
        scene.Students.AccountFacts[AccountScene.Minor] = new StudentAccountFacts(GuardianActs: false, [AccountScene.School]);

        var refused = Assert.IsType<ActivationOutcome.Invalid>(await scene.Activate.RunAsync(code, "parent", Password, CancellationToken.None));

        Assert.Equal("/code", Assert.Single(refused.Errors).Path);
        Assert.Null(await scene.Accounts.FindByUsernameAsync("parent", CancellationToken.None));
    }
}
