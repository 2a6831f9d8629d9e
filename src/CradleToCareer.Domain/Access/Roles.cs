using System.Collections.Frozen;

namespace CradleToCareer.Domain.Access;

/// <summary>The roles a client can hold (api.md, "Who calls"). A client has one or more.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Source = "source";
    public const string College = "college";
    public const string Advisor = "advisor";
    public const string Subscriber = "subscriber";
    public const string StudentPortal = "student-portal";
    public const string Steward = "steward";
    public const string Researcher = "researcher";

    public static IReadOnlySet<string> All { get; } = new[]
    {
        Admin, Source, College, Advisor, Subscriber, StudentPortal, Steward, Researcher,
    }.ToFrozenSet(StringComparer.Ordinal);
}
