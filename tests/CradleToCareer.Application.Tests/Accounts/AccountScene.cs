using CradleToCareer.Application.Accounts;
using CradleToCareer.Application.Tests.Disclosures;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Accounts;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Storage.InMemory.Accounts;
using CradleToCareer.Storage.InMemory.Identity;
using CradleToCareer.Testing;

namespace CradleToCareer.Application.Tests.Accounts;

/// <summary>
/// An adult student and a minor, each with records at one high school; the school's organization, another school's,
/// and the student portal; web accounts in memory; a clock that tests move.
/// </summary>
internal sealed class AccountScene
{
    public const string Adult = "p_00000000000000000000000000000011";
    public const string Minor = "p_00000000000000000000000000000012";
    public const string Nobody = "p_00000000000000000000000000000013";
    public const string School = "cds:11111111111111";
    public const string SchoolOrg = "org-school";
    public const string OtherOrg = "org-other-school";

    private AccountScene(InMemoryIdentity identity)
    {
        Identity = new InMemoryIdentityStore(identity);
        Students = new FakeStudentRecords(Clock);
        Issue = new IssueActivationCode(Identity, Students, Registry, Accounts, Clock);
        Activate = new ActivateAccount(Accounts, Students, Clock);
        SignIn = new WebSignIn(Accounts, Students);
        Staff = new StaffAccounts(Accounts, Registry, Clock);
    }

    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public InMemoryIdentityStore Identity { get; }

    public InMemoryAccessRegistry Registry { get; } = new();

    public InMemoryAccountStore Accounts { get; } = new();

    public FakeStudentRecords Students { get; }

    public IssueActivationCode Issue { get; }

    public ActivateAccount Activate { get; }

    public WebSignIn SignIn { get; }

    public StaffAccounts Staff { get; }

    public static Caller Portal { get; } = new("cl_portal", "org-portal", new HashSet<string>([Roles.StudentPortal]));

    public static Caller SchoolStaff { get; } = new("cl_school", SchoolOrg, new HashSet<string>([Roles.Source]));

    public static Caller OtherStaff { get; } = new("cl_other", OtherOrg, new HashSet<string>([Roles.Source]));

    public static async Task<AccountScene> CreateAsync()
    {
        var identity = new InMemoryIdentity();
        KnownPersons.Add(identity, Adult, Minor);
        var scene = new AccountScene(identity);
        scene.Students.AccountFacts[Adult] = new StudentAccountFacts(GuardianActs: false, [School]);
        scene.Students.AccountFacts[Minor] = new StudentAccountFacts(GuardianActs: true, [School]);
        await scene.Registry.AddOrganizationAsync(new Organization(SchoolOrg, "A school", [], [School], []), CancellationToken.None);
        await scene.Registry.AddOrganizationAsync(new Organization(OtherOrg, "Another school", [], ["cds:22222222222222"], []), CancellationToken.None);
        return scene;
    }

    /// <summary>A code issued by the portal for the person.</summary>
    public async Task<string> CodeAsync(string personId, string kind = AccountKinds.Student) =>
        Assert.IsType<IssueCodeOutcome.Issued>(await Issue.RunAsync(Portal, personId, kind, CancellationToken.None)).Code;
}
