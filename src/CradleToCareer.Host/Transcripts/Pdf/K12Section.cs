using CradleToCareer.Domain.Transcripts;
using static CradleToCareer.Host.Transcripts.Pdf.PdfTable;
using static CradleToCareer.Host.Transcripts.Pdf.TranscriptPdfText;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>The K-12 record: schools, courses by term with each term's totals, the level's totals, a-g status, diplomas.</summary>
internal static class K12Section
{
    private static readonly PdfTable Schools = new(
        new PdfColumn("School", 234), new PdfColumn("Id", 150), new PdfColumn("Entered", 60), new PdfColumn("Left", 60));

    private static readonly PdfTable Courses = new(
        new PdfColumn("Code", 58),
        new PdfColumn("Course", 160),
        new PdfColumn("Grade", 44, Numeric: true),
        new PdfColumn("a-g", 30),
        new PdfColumn("Honors", 44),
        new PdfColumn("Mark", 36),
        new PdfColumn("Credits attempted", 66, Numeric: true),
        new PdfColumn("Credits earned", 66, Numeric: true));

    private static readonly PdfTable AgSubjects = new(
        new PdfColumn("Subject", 234),
        new PdfColumn("Semesters done", 90, Numeric: true),
        new PdfColumn("Required", 90, Numeric: true),
        new PdfColumn("Status", 90));

    private static readonly PdfTable Diplomas = new(new PdfColumn("Diploma", 234), new PdfColumn("School", 210), new PdfColumn("Date", 60));

    public static void Write(PdfPageFlow flow, K12Transcript k12)
    {
        var names = k12.Institutions.ToDictionary(s => s.InstitutionId, s => Institution(s.InstitutionId, s.Name), StringComparer.Ordinal);
        string SchoolName(string id) => names.GetValueOrDefault(id, id);

        flow.Heading("K-12 record", flow.Fonts.Heading);
        flow.Heading("Schools attended", flow.Fonts.Subheading);
        if (k12.Institutions.Count == 0)
        {
            flow.Paragraph("No school on record.");
        }

        Schools.Draw(flow, k12.Institutions.Select(s => Cells(
            SchoolName(s.InstitutionId), s.InstitutionId, Date(s.EntryDate), s.ExitDate is null ? "enrolled" : Date(s.ExitDate))));

        WriteTerms(flow, k12, SchoolName);

        flow.Heading("K-12 totals", flow.Fonts.Subheading);
        flow.Field("Credits earned", Credits(k12.CreditsEarned));
        flow.Field("Cumulative GPA", Gpa(k12.Gpa));

        flow.Heading("UC/CSU a-g subject requirements", flow.Fonts.Subheading);
        flow.Field("a-g status", k12.Ag.Complete ? "complete" : "not complete");
        flow.Field("a-g GPA, grades 10-11", Gpa(k12.Ag.Gpa1011));
        flow.Field("Weighted, capped", Gpa(k12.Ag.Gpa1011WeightedCapped));
        flow.MoveDown(4);
        AgSubjects.Draw(flow, k12.Ag.Subjects.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => Cells(
            AgSubject(s.Key), Count(s.Value.Done), Count(s.Value.Required), s.Value.IsMet ? "met" : $"{s.Value.Required - s.Value.Done} to go")));

        flow.Heading("Diplomas", flow.Fonts.Subheading);
        if (k12.Diplomas.Count == 0)
        {
            flow.Paragraph("No diploma on record.");
        }

        Diplomas.Draw(flow, k12.Diplomas.Select(d => Cells(Diploma(d.DiplomaType), SchoolName(d.InstitutionId), Date(d.Date))));
    }

    /// <summary>Each term's courses, a table per school, then the term's totals and the cumulative ones through it.</summary>
    private static void WriteTerms(PdfPageFlow flow, K12Transcript k12, Func<string, string> schoolName)
    {
        if (k12.Courses.Count == 0)
        {
            flow.Heading("Courses", flow.Fonts.Subheading);
            flow.Paragraph("No K-12 course on record.");
        }

        foreach (var term in k12.Courses.GroupBy(c => (c.SchoolYear, c.Term)))
        {
            foreach (var school in term.GroupBy(c => c.InstitutionId, StringComparer.Ordinal))
            {
                flow.Heading($"{K12Term(term.Key.SchoolYear, term.Key.Term)} · {schoolName(school.Key)}", flow.Fonts.Subheading);
                Courses.Draw(flow, school.Select(c => Cells(
                    c.CourseCode, c.CourseTitle, c.GradeLevel, c.AgCategory ?? "", c.Honors ? "Honors" : "", c.Mark,
                    Credits(c.CreditsAttempted), Credits(c.CreditsEarned))));
            }

            if (k12.Terms.FirstOrDefault(t => t.SchoolYear == term.Key.SchoolYear && t.Term == term.Key.Term) is { } totals)
            {
                flow.Paragraph(
                    TermTotals(totals.CreditsAttempted, totals.CreditsEarned, totals.Gpa, totals.CumulativeCreditsEarned, totals.CumulativeGpa, "credits"),
                    flow.Fonts.BodyBold);
            }
        }
    }
}
