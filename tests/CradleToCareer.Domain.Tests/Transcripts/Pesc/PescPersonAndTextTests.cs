using System.Xml.XPath;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Transcripts;
using CradleToCareer.Domain.Transcripts.Pesc;

namespace CradleToCareer.Domain.Tests.Transcripts.Pesc;

/// <summary>The student, ids and free text in edge cases: missing or special names, long texts, odd ids, refused transcripts.</summary>
public sealed class PescPersonAndTextTests
{
    [Fact]
    public void A_student_without_birth_date_or_middle_name_has_neither_element()
    {
        var student = new TranscriptStudent("p_1", "Ana", null, "Lopez", null, []);

        var document = PescFixtures.Valid(PescFixtures.Bare(TranscriptLevels.K12, student));

        Assert.Null(document.XPathSelectElement("//Person/Birth"));
        Assert.Equal(["FirstName", "LastName"], document.XPathSelectElements("//Person/Name/*").Select(e => e.Name.LocalName));
    }

    [Fact]
    public void A_student_without_any_name_has_an_empty_name()
    {
        var student = new TranscriptStudent("p_1", null, " ", null, null, []);

        var document = PescFixtures.Valid(PescFixtures.Bare(TranscriptLevels.Postsecondary, student));

        Assert.Empty(document.XPathSelectElement("//Person/Name")!.Elements());
    }

    [Fact]
    public void Names_with_xml_special_characters_and_accents_arrive_intact()
    {
        var student = new TranscriptStudent("p_1", "Zoë & <Ana>", "\"Mª\"", "Ñúñez-O'Brien", null, []);
        var transcript = PescFixtures.Bare(TranscriptLevels.K12, student) with
        {
            K12 = PescFixtures.EmptyK12 with
            {
                Institutions = [new AttendedSchool(PescFixtures.School, "Lincoln & Washington <High>", null, null)],
                Courses = [PescFixtures.K12Course("ALG<2>", "A") with { CourseTitle = "Algebra & Geometry <Honors> — ç" }],
            },
        };

        var text = PescTranscripts.Write(transcript).ToString();
        var document = PescFixtures.Valid(transcript);

        Assert.Contains("Zoë &amp; &lt;Ana&gt;", text, StringComparison.Ordinal);
        Assert.Equal(["Zoë & <Ana>", "\"Mª\"", "Ñúñez-O'Brien"], document.Values("//Person/Name/*"));
        Assert.Equal("Lincoln & Washington <High>", document.Value("//School/OrganizationName"));
        Assert.Equal("Algebra & Geometry <Honors> — ç", document.Course("ALG<2>").Element("CourseTitle")!.Value);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped()
    {
        var student = new TranscriptStudent("p_1", "An\u0001a", null, "Lo\uFFFEpez", null, []);

        var document = PescFixtures.Valid(PescFixtures.Bare(TranscriptLevels.K12, student));

        Assert.Equal(["Ana", "Lopez"], document.Values("//Person/Name/*"));
    }

    [Fact]
    public void Texts_longer_than_the_schema_allows_are_cut_and_a_long_purpose_spans_notes()
    {
        var purpose = string.Concat(Enumerable.Repeat("Admission and placement review. ", 6)).Trim();
        var transcript = PescFixtures.Bare(TranscriptLevels.K12, new TranscriptStudent("p_1", new string('A', 50), null, "Lopez", null, [])) with
        {
            Purpose = purpose,
            K12 = PescFixtures.EmptyK12 with { Courses = [PescFixtures.K12Course("LONG", "B") with { CourseTitle = new string('T', 100) }] },
        };

        var document = PescFixtures.Valid(transcript);

        var notes = document.Values("/*/TransmissionData/NoteMessage");
        Assert.True(notes.Count > 1);
        Assert.All(notes, n => Assert.InRange(n.Length, 1, 80));
        Assert.Equal("Purpose: " + purpose, string.Concat(notes));
        Assert.Equal(new string('T', 60), document.Course("LONG").Element("CourseTitle")!.Value);
        Assert.Equal(new string('A', 35), document.Value("//Person/Name/FirstName"));
    }

    [Fact]
    public void Ids_of_other_kinds_are_mutually_defined_and_one_too_long_for_that_becomes_a_note()
    {
        var longId = "urn:example:" + new string('x', 60);
        var transcript = PescFixtures.Bare(TranscriptLevels.Postsecondary) with
        {
            RecipientOrgId = "org_42",
            Postsecondary = PescFixtures.EmptyPostsecondary with
            {
                Institutions = [new AttendedCollege("opeid:00123400", "Somewhere U", "2025-FA", "2025-FA"), new AttendedCollege(longId, "Far U", "2025-FA", "2025-FA")],
            },
        };

        var document = PescFixtures.Valid(transcript);

        Assert.Equal("org_42", document.Value("//Destination/Organization/MutuallyDefined"));
        Assert.Empty(document.XPathSelectElements("//IPEDS | //LocalOrganizationID"));
        Assert.Equal(["opeid:00123400"], document.Values("//School/MutuallyDefined"));
        Assert.Equal("Id: " + longId, string.Concat(document.Values("//School[OrganizationName='Far U']/NoteMessage")));
    }

    [Fact]
    public void Student_ids_map_by_id_system()
    {
        var student = PescFixtures.Student(ids:
        [
            new StudentId("ccc-id", "ABC1234"),
            new StudentId("uc-id", "UC99"),
            new StudentId("district", "D-7"),
            new StudentId("ssid", new string('9', 31)),
            new StudentId("local:" + PescFixtures.Recipient, new string('8', 21)),
        ]);

        var document = PescFixtures.Valid(PescFixtures.Bare(TranscriptLevels.Postsecondary, student));

        Assert.Equal(["p_1", "ABC1234", "UC99", "D-7", new string('8', 21)], document.Values("//Person/AgencyIdentifier/AgencyAssignedID"));
        Assert.Equal(["State", "State", "State", "MutuallyDefined", "MutuallyDefined"], document.Values("//Person/AgencyIdentifier/AgencyCode"));
        Assert.Equal("district", document.Value("//Person/AgencyIdentifier[AgencyAssignedID='D-7']/AgencyName"));
        Assert.Null(document.XPathSelectElement("//Person/RecipientAssignedID"));
    }

    [Fact]
    public void The_issue_time_is_utc_with_fractional_seconds_only_when_there_are_any()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with { IssuedAt = new DateTimeOffset(2026, 7, 15, 10, 3, 11, TimeSpan.FromHours(-7)) };

        var document = PescFixtures.Valid(transcript);

        Assert.Equal("2026-07-15T17:03:11Z", document.Value("/*/TransmissionData/CreatedDateTime"));
    }

    [Fact]
    public void A_transcript_id_too_long_for_a_pesc_document_id_is_refused()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with { TranscriptId = "t_" + new string('0', 34) };

        var error = Assert.Throws<ArgumentException>(() => PescTranscripts.Write(transcript));

        Assert.Contains("DocumentID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_is_refused()
    {
        var transcript = PescFixtures.Bare(TranscriptLevels.K12) with { Level = "graduate" };

        Assert.Throws<ArgumentException>(() => PescTranscripts.Write(transcript));
    }
}
