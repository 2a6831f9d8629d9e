using System.Text.Json.Serialization;

namespace CradleToCareer.Domain.Research;

/// <summary>
/// A research project an admin approved (outcomes.md "Research extracts"): nothing leaves for research without one.
/// Serialized with System.Text.Json web defaults it is the project as the routes show it, its id under <c>id</c>, the
/// member the admin sent it in.
/// </summary>
/// <param name="ProjectId">The admin's id for it (letters, digits, '-', '_', '.', at most 64).</param>
/// <param name="Title">What the project is called.</param>
/// <param name="OrganizationId">The organization whose researchers may ask for extracts.</param>
/// <param name="Purpose">Why the data is disclosed; recorded with every inclusion.</param>
/// <param name="Cohorts">The cohort keys an extract covers (statewide: every institution's members).</param>
/// <param name="Fields">The approved fields among <see cref="ResearchFields.All"/>.</param>
/// <param name="ExpiresAt">After this no extract may be asked for.</param>
/// <param name="Agreement">The data use agreement the approval rests on (a reference, as the admin gives it).</param>
/// <param name="ApprovedBy">The admin client that approved it.</param>
/// <param name="ApprovedAt">When it was approved.</param>
public sealed record ResearchProject(
    [property: JsonPropertyName("id")] string ProjectId,
    string Title,
    string OrganizationId,
    string Purpose,
    IReadOnlyList<string> Cohorts,
    IReadOnlyList<string> Fields,
    DateTimeOffset ExpiresAt,
    string Agreement,
    string ApprovedBy,
    DateTimeOffset ApprovedAt);
