using System.Xml.Linq;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Transcripts.Pesc;

/// <summary>
/// The AcademicSessionDetail of a term of the shared calendar (rules.md): designated by the month it starts
/// (FA 2024 is 2024-08, SP 2025 is 2025-01, SU 2025 is 2025-06), named in our own spelling, a semester or a
/// summer session, with its school year and calendar dates.
/// </summary>
internal static class PescSessions
{
    private const int NameLength = 30;

    public static XElement Detail(AcademicTerm term, string name) =>
        new("AcademicSessionDetail",
            new XElement("SessionDesignator", PescText.YearMonth(term.Start)),
            new XElement("SessionName", PescText.Fit(name, NameLength)),
            new XElement("SessionType", term.Code == TermCode.SU ? "SummerSession" : "Semester"),
            new XElement("SessionSchoolYear", term.ToSchoolYearName()),
            new XElement("SessionBeginDate", PescText.Date(term.Start)),
            new XElement("SessionEndDate", PescText.Date(term.End)));
}
