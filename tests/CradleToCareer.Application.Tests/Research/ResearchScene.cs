using CradleToCareer.Application.Research;
using CradleToCareer.Domain.Access;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Research;
using CradleToCareer.Domain.Rules;
using CradleToCareer.Storage.InMemory.Access;
using CradleToCareer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>
/// A university whose researchers work under an approved project, another organization's researcher, an admin and an
/// advisor; the ports as in-test fakes sharing one log of what happened in order.
/// </summary>
internal sealed class ResearchScene
{
    public const string University = "org-university";
    public const string OtherOrganization = "org-other";
    public const string ProjectId = "equity-study";
    public const string Cohort = "graduates:2024-2025";
    public const string School = "cds:19647331931765";
    public const string OtherSchool = "cds:19647330000001";

    public static readonly Caller Admin = new("cl_admin", "org-state", new HashSet<string> { Roles.Admin });
    public static readonly Caller Researcher = new("cl_researcher", University, new HashSet<string> { Roles.Researcher });
    public static readonly Caller OtherResearcher = new("cl_other", OtherOrganization, new HashSet<string> { Roles.Researcher });
    public static readonly Caller Advisor = new("cl_advisor", University, new HashSet<string> { Roles.Advisor });

    public static readonly byte[] PseudonymKey = Enumerable.Range(7, 32).Select(i => (byte)i).ToArray();

    public ResearchScene()
    {
        Extracts = new FakeResearchExtracts(Log);
        Disclosures = new FakeDisclosureRecord(Log);
    }

    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public List<string> Log { get; } = [];

    public FakeResearchProjects Projects { get; } = new();

    public FakeResearchExtracts Extracts { get; }

    public FakeCohortMembers Members { get; } = new();

    public FakeDisclosureRecord Disclosures { get; }

    public FakeExtractJobs Jobs { get; } = new();

    public InMemoryAccessRegistry Registry { get; } = new();

    public ResearchPseudonyms Pseudonyms { get; } = new(PseudonymKey);

    public static async Task<ResearchScene> CreateAsync(IReadOnlyList<string>? fields = null, DateTimeOffset? expiresAt = null)
    {
        var scene = new ResearchScene();
        await scene.Registry.AddOrganizationAsync(new Organization(University, "A university", [], [], []), CancellationToken.None);
        await scene.Registry.AddOrganizationAsync(new Organization(OtherOrganization, "Another", [], [], []), CancellationToken.None);
        await scene.Projects.AddAsync(
            new ResearchProject(
                ProjectId, "Equity study", University, "Who goes on to college", [Cohort], fields ?? ResearchFields.All,
                expiresAt ?? new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), "DUA-2026-014", "cl_admin",
                new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            CancellationToken.None);
        return scene;
    }

    /// <summary>A member of <see cref="Cohort"/> with d0 on 2025-06-12 who reached college that August.</summary>
    public static CohortMember Member(int? birthYear, string sex = "F", string institutionId = School) => new(
        institutionId, "k12", Cohort, new DateOnly(2025, 6, 12), sex, SocialServices: false,
        [new ReachedMilestone(MilestoneIds.PostsecondaryEnrolled, new DateOnly(2025, 8, 20))],
        WagesAfterCredential: null,
        new MemberTraits(birthYear, 3.1m, null, 12m, null, null));

    /// <summary>Adds <paramref name="count"/> people <c>p_&lt;prefix&gt;&lt;n&gt;</c> with the member's values.</summary>
    public List<string> AddPeople(string prefix, int count, CohortMember member)
    {
        var people = Enumerable.Range(0, count).Select(n => $"p_{prefix}{n:D5}").ToList();
        people.ForEach(person => Members.Add(person, member));
        return people;
    }

    /// <summary>An extract of the project, queued, as a request leaves it.</summary>
    public async Task<ResearchExtract> QueueExtractAsync()
    {
        var extract = new ResearchExtract(
            ResearchExtractIds.New(), ProjectId, University, Researcher.ClientId, Clock.GetUtcNow(), ExtractStatus.Queued,
            0, 0, null, null, null, null);
        await Extracts.AddAsync(extract, CancellationToken.None);
        return extract;
    }

    public RunResearchExtract Job() =>
        new(Extracts, Projects, Members, Disclosures, Pseudonyms, Clock, NullLogger<RunResearchExtract>.Instance);

    public ApproveResearchProject Approve() => new(Projects, Registry, Clock);

    public RequestResearchExtract Request() =>
        new(Projects, Extracts, Jobs, Clock, NullLogger<RequestResearchExtract>.Instance);

    public ReadResearchExtract ReadExtract() => new(Projects, Extracts);

    public DownloadResearchExtract Download() => new(Projects, Extracts, Clock);
}
