using CradleToCareer.Domain.Access;

namespace CradleToCareer.Domain.Tests.Access;

public sealed class ClientRolesTests
{
    private static readonly Organization College = new("city-college", "City College", [], ["ipeds:110334"], ["c2c.postsecondary.*"]);

    [Fact]
    public void Only_an_organization_registered_as_the_student_portal_may_have_student_portal_clients()
    {
        Assert.NotNull(ClientRoles.Refusal(College, [Roles.Source, Roles.StudentPortal]));
        Assert.Null(ClientRoles.Refusal(College with { StudentPortal = true }, [Roles.StudentPortal]));
    }

    [Fact]
    public void Every_other_role_is_open_to_every_organization()
    {
        Assert.Null(ClientRoles.Refusal(College, [.. Roles.All.Where(role => role != Roles.StudentPortal)]));
    }
}
