using System.Globalization;
using System.Text.Json;
using CradleToCareer.Host.Transcripts.Pdf;

namespace CradleToCareer.Host.Tests.Transcripts;

/// <summary>Transcript PDFs read back with a PDF-to-text tool: every part of the JSON transcript is there as real text.</summary>
public sealed class TranscriptPdfTests
{
    private static readonly string VerifyAt = PdfTranscripts.VerificationUrl + "?code=" + PdfTranscripts.VerificationCode;

    [Fact]
    public void A_transcript_of_both_levels_shows_who_issued_it_to_whom_when_and_why_and_about_whom()
    {
        var text = Render(PdfTranscripts.Full()).AllText;

        Assert.StartsWith("Issued by urn:c2c:record-service Official transcript", text);
        Assert.Contains("Transcript id " + PdfTranscripts.TranscriptId, text);
        Assert.Contains("Issued 2026-11-29 17:03:11 UTC", text);
        Assert.Contains("Recipient uc-davis-admissions", text);
        Assert.Contains("Purpose Admission to the fall 2027 freshman class", text);
        Assert.Contains("Records K-12 and postsecondary", text);
        Assert.Contains("Name Ana María López", text);
        Assert.Contains("Birth date 2007-03-14", text);
        Assert.Contains("ssid 1234567890 local:uc-davis-admissions UCD-88120", text);
    }

    [Fact]
    public void A_purpose_longer_than_a_line_wraps_and_reads_back_whole()
    {
        var purpose = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"reason{i}"));

        var text = Render(PdfTranscripts.Full() with { Purpose = purpose }).AllText;

        Assert.Contains("Purpose " + purpose + " Records", text);
    }

    [Fact]
    public void Each_level_shows_its_institutions_and_its_courses_by_term_with_marks_and_credits()
    {
        var text = Render(PdfTranscripts.Full()).AllText;

        Assert.Contains("Roosevelt Middle " + PdfTranscripts.MiddleSchool + " 2019-08-20 2021-06-10", text);
        Assert.Contains("Lincoln High " + PdfTranscripts.HighSchool + " 2021-08-18 2025-06-06", text);
        Assert.Contains("City College " + PdfTranscripts.College + " 2025-FA 2026-SP", text);
        Assert.Contains("2023-2024 Fall · Lincoln High", text);
        Assert.Contains("ENG10 English 10 10 b A 5.0 5.0", text);
        Assert.Contains("ALG2 Algebra II 10 c Honors B+ 5.0 5.0", text);
        Assert.Contains("ART1 Studio Art 11 f P 5.0 5.0", text);
        Assert.Contains("2026-SP · City College", text);
        Assert.Contains("MATH1 Calculus I A 4.0 4.0", text);
        Assert.Contains("HIST1 United States History W 3.0 0.0", text);
    }

    [Fact]
    public void Term_and_cumulative_GPAs_read_back_exactly_as_the_JSON_transcript_has_them()
    {
        var transcript = PdfTranscripts.Full();

        var text = Render(transcript).AllText;

        Assert.All(transcript.K12!.Terms, term =>
        {
            Assert.Contains($"GPA {Json(term.Gpa)}. Cumulative: {Credits(term.CumulativeCreditsEarned)} credits earned, GPA {Json(term.CumulativeGpa)}.", text);
        });
        Assert.All(transcript.Postsecondary!.Terms, term =>
        {
            Assert.Contains($"GPA {Json(term.Gpa)}. Cumulative: {Credits(term.CumulativeUnitsEarned)} units earned, GPA {Json(term.CumulativeGpa)}.", text);
        });
        Assert.Contains("Term: 7.0 units attempted, 4.0 earned, GPA 3.00.", text);
        Assert.Contains("Credits earned 30.0 Cumulative GPA 3.20", text);
        Assert.Contains("Units earned 11.0 Cumulative GPA 3.45", text);
    }

    [Fact]
    public void The_K12_record_shows_the_a_g_status_per_subject_and_the_diplomas_and_the_postsecondary_one_the_awards()
    {
        var text = Render(PdfTranscripts.Full()).AllText;

        Assert.Contains("a-g status not complete", text);
        Assert.Contains("a-g GPA, grades 10-11 3.50 Weighted, capped 3.75", text);
        Assert.Contains("a History/Social Science 1 4 3 to go", text);
        Assert.Contains("f Visual and Performing Arts 1 2 1 to go", text);
        Assert.Contains("g College-Preparatory Elective 0 2 2 to go", text);
        Assert.Contains("High school diploma Lincoln High 2025-06-06", text);
        Assert.Contains("AA Liberal Arts associate 24.0101 City College 2026-05-30", text);
    }

    [Fact]
    public void The_transcript_says_how_to_verify_it_with_the_route_and_its_code()
    {
        var text = Render(PdfTranscripts.Full()).AllText;

        Assert.Contains("Verification code " + PdfTranscripts.VerificationCode, text);
        Assert.Contains("Verify at " + VerifyAt, text);
    }

    [Fact]
    public void A_long_transcript_spans_pages_each_with_the_transcript_id_its_number_and_the_verification_line()
    {
        var transcript = PdfTranscripts.Of("k12", PdfTranscripts.Student("Ana", null, "López"), PdfTranscripts.LongK12(70), null);

        var pages = Render(transcript);

        Assert.True(pages.Texts.Count >= 3, $"{pages.Texts.Count} pages");
        Assert.All(pages.Texts.Select((text, index) => (text, index)), page =>
        {
            Assert.Contains($"Official transcript {PdfTranscripts.TranscriptId} Page {page.index + 1} of {pages.Texts.Count}", page.text);
            Assert.Contains("Verify at " + VerifyAt, page.text);
        });
        Assert.All(transcript.K12!.Courses, course => Assert.Contains($"{course.CourseCode} {course.CourseTitle} 11 b A 5.0 5.0", pages.AllText));
        Assert.All(
            pages.Texts.Where(text => text.Contains("English seminar")),
            text => Assert.InRange(text.IndexOf("Code Course Grade a-g Honors Mark"), 0, text.IndexOf("English seminar")));
    }

    [Theory]
    [InlineData("José", "Ñúñez")]
    [InlineData("Zoë", "Brontë")]
    [InlineData("Łukasz", "Żółkiewski")]
    [InlineData("Дмитрий", "Шостакович")]
    [InlineData("Γιώργος", "Παπαδόπουλος")]
    public void International_names_read_back_as_written(string first, string last)
    {
        var transcript = PdfTranscripts.Of("all", PdfTranscripts.Student(first, null, last), PdfTranscripts.K12(), PdfTranscripts.Postsecondary());

        var pages = Render(transcript);

        Assert.Contains($"Name {first} {last}", pages.AllText);
        Assert.All(pages.FontNames, font => Assert.Matches("^[A-Z]{6}\\+DejaVu Sans(,Bold)?$", font));
    }

    [Fact]
    public void The_document_information_names_the_transcript_and_the_issuer_never_the_student()
    {
        var pdf = Render(PdfTranscripts.Full());
        var information = pdf.Information;

        Assert.Equal("Transcript " + PdfTranscripts.TranscriptId, information.Title);
        Assert.Equal("urn:c2c:record-service", information.Creator);
        Assert.Null(information.Author);
        Assert.Equal(PdfTranscripts.IssuedAt.AddMilliseconds(-PdfTranscripts.IssuedAt.Millisecond), information.GetCreatedDateTimeOffset());
        Assert.NotNull(information.DocumentInformationDictionary);
        Assert.All(
            information.DocumentInformationDictionary.Data.Values.Select(value => value.ToString() ?? "").Append(pdf.Xmp),
            value => Assert.DoesNotMatch("Ana|María|López|2007|1234567890|UCD-88120|p_5f0c", value));
        Assert.Contains("Transcript " + PdfTranscripts.TranscriptId, pdf.Xmp);
    }

    [Fact]
    public void The_same_transcript_renders_the_same_text_and_metadata_every_time()
    {
        var first = Render(PdfTranscripts.Full());
        var second = Render(PdfTranscripts.Full());

        Assert.Equal(first.Texts, second.Texts);
        Assert.Equal(Described(first), Described(second));
    }

    [Fact]
    public void A_transcript_without_any_record_still_says_who_it_is_about_and_that_there_is_nothing()
    {
        var transcript = PdfTranscripts.Of("all", PdfTranscripts.Student("Ana", null, "López"), PdfTranscripts.EmptyK12(), PdfTranscripts.EmptyPostsecondary());

        var pages = Render(transcript);

        Assert.Single(pages.Texts);
        Assert.Contains("Name Ana López", pages.AllText);
        Assert.Contains("No school on record.", pages.AllText);
        Assert.Contains("No K-12 course on record.", pages.AllText);
        Assert.Contains("Credits earned 0.0 Cumulative GPA —", pages.AllText);
        Assert.Contains("No diploma on record.", pages.AllText);
        Assert.Contains("No college on record.", pages.AllText);
        Assert.Contains("No postsecondary course on record.", pages.AllText);
        Assert.Contains("No award on record.", pages.AllText);
        Assert.Contains("Verify at " + VerifyAt, pages.AllText);
    }

    private static PdfPages Render(Domain.Transcripts.Transcript transcript) =>
        PdfPages.Read(TranscriptPdf.Render(transcript, PdfTranscripts.VerificationCode, PdfTranscripts.VerificationUrl));

    private static (string?, string?, string?, string?, string?) Described(PdfPages pdf) =>
        (pdf.Information.Title, pdf.Information.Subject, pdf.Information.Creator, pdf.Information.CreationDate, pdf.Information.ModifiedDate);

    private static string Json(decimal? value) => JsonSerializer.Serialize(value);

    private static string Credits(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
