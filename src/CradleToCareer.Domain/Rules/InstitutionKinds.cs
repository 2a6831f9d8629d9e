namespace CradleToCareer.Domain.Rules;

/// <summary>The institution kinds of events.md.</summary>
public static class InstitutionKinds
{
    public const string K12School = "k12-school";
    public const string CommunityCollege = "community-college";
    public const string Csu = "csu";
    public const string Uc = "uc";
    public const string PrivateNonprofit = "private-nonprofit";
    public const string PrivateForProfit = "private-for-profit";

    public static bool IsFourYear(string? kind) => kind is Csu or Uc or PrivateNonprofit or PrivateForProfit;
}
