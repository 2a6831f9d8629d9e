using CradleToCareer.Application.Accounts;
using CradleToCareer.Domain.Accounts;

namespace CradleToCareer.Application.Tests.Accounts;

public sealed class IssueActivationCodeTests
{
    [Fact]
    public async Task The_portal_gets_a_code_valid_14_days_kept_only_as_its_hash()
    {
        var scene = await AccountScene.CreateAsync();

        var issued = Assert.IsType<IssueCodeOutcome.Issued>(
            await scene.Issue.RunAsync(AccountScene.Portal, AccountScene.Adult, null, CancellationToken.None));

        Assert.Matches("^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$", issued.Code);
        Assert.Equal(scene.Clock.GetUtcNow().AddDays(14), issued.ExpiresAt);
        var kept = await scene.Accounts.FindCodeAsync(ActivationCodes.HashOf(issued.Code.Replace("-", "")), CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Equal((AccountScene.Adult, AccountKinds.Student, "cl_portal"), (kept.PersonId, kept.Kind, kept.IssuedByClientId));
        Assert.DoesNotContain(issued.Code.Replace("-", ""), kept.CodeHash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Staff_of_the_students_school_may_issue_and_staff_of_another_school_get_what_an_unknown_person_gets()
    {
        var scene = await AccountScene.CreateAsync();

        Assert.IsType<IssueCodeOutcome.Issued>(await scene.Issue.RunAsync(AccountScene.SchoolStaff, AccountScene.Adult, null, CancellationToken.None));
        Assert.IsType<IssueCodeOutcome.NotFound>(await scene.Issue.RunAsync(AccountScene.OtherStaff, AccountScene.Adult, null, CancellationToken.None));
        Assert.IsType<IssueCodeOutcome.NotFound>(await scene.Issue.RunAsync(AccountScene.Portal, AccountScene.Nobody, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_guardian_code_is_only_for_a_student_a_guardian_still_acts_for()
    {
        var scene = await AccountScene.CreateAsync();

        Assert.IsType<IssueCodeOutcome.Issued>(
            await scene.Issue.RunAsync(AccountScene.Portal, AccountScene.Minor, AccountKinds.Guardian, CancellationToken.None));
        var refused = Assert.IsType<IssueCodeOutcome.Invalid>(
            await scene.Issue.RunAsync(AccountScene.Portal, AccountScene.Adult, AccountKinds.Guardian, CancellationToken.None));
        Assert.Equal("/kind", Assert.Single(refused.Errors).Path);
        var unknownKind = Assert.IsType<IssueCodeOutcome.Invalid>(
            await scene.Issue.RunAsync(AccountScene.Portal, AccountScene.Adult, "staff", CancellationToken.None));
        Assert.Equal("/kind", Assert.Single(unknownKind.Errors).Path);
    }
}
