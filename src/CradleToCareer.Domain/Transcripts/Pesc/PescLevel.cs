using System.Xml.Linq;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>One level's record (K-12 or postsecondary) taken apart for <see cref="PescAcademicRecords"/>.</summary>
/// <param name="Institutions">Every institution of the level in the order attended, each course's among them.</param>
/// <param name="TermSummaries">Per term, its totals across the level's institutions.</param>
/// <param name="LevelSummaries">The level's cumulative totals (and, for K-12, a-g).</param>
internal sealed record PescLevel(
    PescLevelStyle Style,
    IReadOnlyList<PescInstitution> Institutions,
    IReadOnlyList<PescSessionCourse> Courses,
    IReadOnlyDictionary<AcademicTerm, IReadOnlyList<XElement>> TermSummaries,
    IReadOnlyList<XElement> LevelSummaries);

/// <summary>An institution with what is its own: awards, attendance summaries and record notes.</summary>
internal sealed record PescInstitution(
    string InstitutionId,
    string? Name,
    IReadOnlyList<XElement> Awards,
    IReadOnlyList<XElement> Summaries,
    IReadOnlyList<XElement> Notes);

/// <summary>A Course element with the institution and term it belongs to, and its K-12 grade level.</summary>
internal sealed record PescSessionCourse(string InstitutionId, AcademicTerm Term, string? GradeLevel, XElement Course);
