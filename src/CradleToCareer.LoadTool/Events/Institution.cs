using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

/// <summary>An institution block: <c>cds:</c>+14 digits for K-12 schools, <c>ipeds:</c>+6 digits for colleges.</summary>
public sealed record Institution(string Id, string Name, string Kind)
{
    public const string K12School = "k12-school";
    public const string CommunityCollege = "community-college";
    public const string Csu = "csu";
    public const string Uc = "uc";
    public const string PrivateNonprofit = "private-nonprofit";

    public bool IsFourYear => Kind is Csu or Uc or PrivateNonprofit;

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("institution");
        writer.WriteString("id", Id);
        writer.WriteString("name", Name);
        writer.WriteString("kind", Kind);
        writer.WriteEndObject();
    }
}
