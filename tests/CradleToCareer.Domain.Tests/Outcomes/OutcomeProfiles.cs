using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Outcomes;

/// <summary>Profiles built directly, so each test sets exactly the records and milestone dates it works by hand.</summary>
internal static class OutcomeProfiles
{
    public const string HighSchool = "cds:19647331931765";
    public const string OtherHighSchool = "cds:19647330000001";
    public const string CommunityCollege = "ipeds:111111";
    public const string University = "ipeds:222222";

    public static IReadOnlyList<KnownInstitution> Institutions { get; } =
    [
        new(HighSchool, "Valley High", InstitutionKinds.K12School),
        new(OtherHighSchool, "Hill High", InstitutionKinds.K12School),
        new(CommunityCollege, "Valley College", InstitutionKinds.CommunityCollege),
        new(University, "UC Davis", InstitutionKinds.Uc),
    ];

    public static StudentProfile Of(
        IReadOnlyList<Diploma>? diplomas = null,
        IReadOnlyList<PostsecondaryTermEnrollment>? enrollments = null,
        IReadOnlyList<ReachedMilestone>? milestones = null,
        IReadOnlyList<Award>? awards = null,
        IReadOnlyList<WageRecord>? wages = null,
        IReadOnlyList<ProgramParticipation>? participations = null,
        IReadOnlyList<KnownInstitution>? institutions = null,
        string? sex = "F",
        DateOnly? birthDate = null,
        decimal? k12Gpa = null,
        decimal? postsecondaryGpa = null,
        decimal unitsEarned = 0m) =>
        new(
            "p_1",
            new DateOnly(2032, 1, 1),
            null,
            new K12Section(0m, k12Gpa, new AgSummary(false, new Dictionary<string, AgSubjectProgress>(), null, null), [], [], [], diplomas ?? []),
            new PostsecondarySection(unitsEarned, postsecondaryGpa, enrollments ?? [], [], [], awards ?? []),
            milestones ?? [],
            [],
            new FinaidSection([], []),
            new WorkforceSection(wages ?? []),
            new SocialServicesSection(participations ?? []),
            new StudentDetails("Ana", null, "Lopez", birthDate, sex, []),
            institutions ?? Institutions,
            1);

    public static Diploma Standard(string schoolYear, DateOnly date, string school = HighSchool) => new(school, schoolYear, date, "standard");

    public static PostsecondaryTermEnrollment Enrollment(string term, string college = CommunityCollege, decimal units = 12m) =>
        new(college, null, term, "undergraduate", null, units);

    public static ReachedMilestone Credential(DateOnly date) => new(MilestoneIds.CredentialEarned, date);

    public static WageRecord Wage(int year, int quarter, decimal wages) => new(year, quarter, wages, "622110");
}
