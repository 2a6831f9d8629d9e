using CradleToCareer.Domain.Access;

namespace CradleToCareer.Application.Access;

/// <summary>The source URIs and institution ids an organization holds alone, as the registries keep them.</summary>
public static class OrganizationClaims
{
    /// <summary>Each distinct source and institution of the organization, once.</summary>
    public static IReadOnlyList<(ClaimKind Kind, string Value)> Of(Organization organization) =>
    [
        .. organization.Sources.Distinct(StringComparer.Ordinal).Select(source => (ClaimKind.Source, source)),
        .. organization.Institutions.Distinct(StringComparer.Ordinal).Select(institution => (ClaimKind.Institution, institution)),
    ];
}
