using CradleToCareer.Domain.Transcripts;
using static CradleToCareer.Host.Transcripts.Pdf.PdfTable;
using static CradleToCareer.Host.Transcripts.Pdf.TranscriptPdfText;

namespace CradleToCareer.Host.Transcripts.Pdf;

/// <summary>The postsecondary record: colleges, courses by term with each term's totals, the level's totals, awards.</summary>
internal static class PostsecondarySection
{
    private static readonly PdfTable Colleges = new(
        new PdfColumn("College", 234), new PdfColumn("Id", 150), new PdfColumn("First term", 60), new PdfColumn("Last term", 60));

    private static readonly PdfTable Courses = new(
        new PdfColumn("Code", 70),
        new PdfColumn("Course", 238),
        new PdfColumn("Mark", 52),
        new PdfColumn("Units attempted", 72, Numeric: true),
        new PdfColumn("Units earned", 72, Numeric: true));

    private static readonly PdfTable Awards = new(
        new PdfColumn("Award", 170), new PdfColumn("Level", 70), new PdfColumn("CIP", 54), new PdfColumn("College", 150), new PdfColumn("Date", 60));

    public static void Write(PdfPageFlow flow, PostsecondaryTranscript postsecondary)
    {
        var names = postsecondary.Institutions.ToDictionary(c => c.InstitutionId, c => Institution(c.InstitutionId, c.Name), StringComparer.Ordinal);
        string CollegeName(string id) => names.GetValueOrDefault(id, id);

        flow.Heading("Postsecondary record", flow.Fonts.Heading);
        flow.Heading("Colleges attended", flow.Fonts.Subheading);
        if (postsecondary.Institutions.Count == 0)
        {
            flow.Paragraph("No college on record.");
        }

        Colleges.Draw(flow, postsecondary.Institutions.Select(c => Cells(CollegeName(c.InstitutionId), c.InstitutionId, c.FirstTerm, c.LastTerm)));

        WriteTerms(flow, postsecondary, CollegeName);

        flow.Heading("Postsecondary totals", flow.Fonts.Subheading);
        flow.Field("Units earned", Credits(postsecondary.UnitsEarned));
        flow.Field("Cumulative GPA", Gpa(postsecondary.Gpa));

        flow.Heading("Awards", flow.Fonts.Subheading);
        if (postsecondary.Awards.Count == 0)
        {
            flow.Paragraph("No award on record.");
        }

        Awards.Draw(flow, postsecondary.Awards.Select(a => Cells(a.Title, a.AwardLevel, a.ProgramCip, CollegeName(a.InstitutionId), Date(a.Date))));
    }

    /// <summary>Each term's courses, a table per college, then the term's totals and the cumulative ones through it.</summary>
    private static void WriteTerms(PdfPageFlow flow, PostsecondaryTranscript postsecondary, Func<string, string> collegeName)
    {
        if (postsecondary.Courses.Count == 0)
        {
            flow.Heading("Courses", flow.Fonts.Subheading);
            flow.Paragraph("No postsecondary course on record.");
        }

        foreach (var term in postsecondary.Courses.GroupBy(c => c.Term, StringComparer.Ordinal))
        {
            foreach (var college in term.GroupBy(c => c.InstitutionId, StringComparer.Ordinal))
            {
                flow.Heading($"{term.Key} · {collegeName(college.Key)}", flow.Fonts.Subheading);
                Courses.Draw(flow, college.Select(c => Cells(c.CourseCode, c.CourseTitle, c.Mark, Credits(c.UnitsAttempted), Credits(c.UnitsEarned))));
            }

            if (postsecondary.Terms.FirstOrDefault(t => t.Term == term.Key) is { } totals)
            {
                flow.Paragraph(
                    TermTotals(totals.UnitsAttempted, totals.UnitsEarned, totals.Gpa, totals.CumulativeUnitsEarned, totals.CumulativeGpa, "units"),
                    flow.Fonts.BodyBold);
            }
        }
    }
}
