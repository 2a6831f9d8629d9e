namespace CradleToCareer.Domain.Rules;

/// <summary>The milestone ids of rules.md.</summary>
public static class MilestoneIds
{
    public const string AgComplete = "k12.ag-complete";
    public const string Graduated = "k12.graduated";
    public const string AidApplicationSubmitted = "finaid.application-submitted";
    public const string CalGrantDisbursed = "finaid.cal-grant-disbursed";
    public const string PostsecondaryEnrolled = "postsecondary.enrolled";
    public const string ThirtyUnits = "postsecondary.30-units";
    public const string Transferred = "postsecondary.transferred";
    public const string CredentialEarned = "postsecondary.credential-earned";
    public const string EmployedAfterCredential = "workforce.employed-after-credential";

    public static IReadOnlyList<string> All { get; } =
    [
        AgComplete, Graduated, AidApplicationSubmitted, CalGrantDisbursed, PostsecondaryEnrolled,
        ThirtyUnits, Transferred, CredentialEarned, EmployedAfterCredential,
    ];
}
