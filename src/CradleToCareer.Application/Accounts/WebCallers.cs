using CradleToCareer.Domain.Access;

namespace CradleToCareer.Application.Accounts;

/// <summary>
/// The <see cref="Caller"/> a signed-in person acts as, so the pages run the same use cases as the API. Staff act as
/// their organization with their account's roles; the client id names the account, so the disclosure record says which
/// person read. A student or guardian acts as the service's own student portal, in a student session that names the
/// account; the pages only ever pass the person the account is bound to.
/// </summary>
public static class WebCallers
{
    /// <summary>The web pages' student portal: not a registered organization (registered ids have no colon).</summary>
    public const string PortalId = "c2c:web";

    public static Caller For(WebAccount account) => account.IsStaff
        ? new Caller("web:" + account.AccountId, account.OrganizationId, account.Roles.ToHashSet(StringComparer.Ordinal))
        : new Caller(PortalId, PortalId, new HashSet<string>([Roles.StudentPortal], StringComparer.Ordinal))
        {
            StudentSession = "web:" + account.AccountId,
        };
}
