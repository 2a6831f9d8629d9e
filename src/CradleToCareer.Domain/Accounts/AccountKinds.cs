namespace CradleToCareer.Domain.Accounts;

/// <summary>
/// Who a web account belongs to: staff of an organization, with that organization's roles; a student, bound to their
/// own record; or a parent or guardian, bound to one minor student's record.
/// </summary>
public static class AccountKinds
{
    public const string Staff = "staff";
    public const string Student = "student";
    public const string Guardian = "guardian";

    /// <summary>The kinds an activation code can be issued for.</summary>
    public static bool IsActivatable(string? kind) => kind is Student or Guardian;
}
