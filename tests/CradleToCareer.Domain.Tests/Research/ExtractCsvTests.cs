using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Profile;
using CradleToCareer.Domain.Research;
using CradleToCareer.Domain.Rules;

namespace CradleToCareer.Domain.Tests.Research;

public sealed class ExtractCsvTests
{
    private const string Common = "pseudonym,birth_year,sex,cohort,institution_id";

    private static readonly CohortMember Member = new(
        "cds:19647331931765", "k12", "graduates:2024-2025", new DateOnly(2025, 6, 12), "F", SocialServices: true,
        [
            new ReachedMilestone(MilestoneIds.Graduated, new DateOnly(2025, 6, 12)),
            new ReachedMilestone(MilestoneIds.AidApplicationSubmitted, new DateOnly(2025, 2, 1)),
            new ReachedMilestone(MilestoneIds.PostsecondaryEnrolled, new DateOnly(2026, 1, 10)),
            new ReachedMilestone(MilestoneIds.PostsecondaryEnrolled, new DateOnly(2025, 8, 20)),
        ],
        WagesAfterCredential: null,
        new MemberTraits(2007, 3.45m, 2.1m, 31.5m, "associate", 18_250m));

    [Fact]
    public void Without_approved_fields_a_row_has_only_the_common_columns()
    {
        var csv = new ExtractCsv([]);

        Assert.Equal(Common + "\r\n", csv.HeaderLine);
        Assert.Equal("r_abc,2007,F,graduates:2024-2025,cds:19647331931765\r\n", csv.RowLine("r_abc", "2007", Member));
    }

    [Fact]
    public void Fields_add_their_columns_in_the_order_of_all_fields_whatever_order_they_were_approved_in()
    {
        var csv = new ExtractCsv([ResearchFields.SocialServices, ResearchFields.WageBand, ResearchFields.AwardLevel, ResearchFields.UnitsBand, ResearchFields.GpaBands]);

        Assert.Equal(
            Common + ",k12_gpa_band,postsecondary_gpa_band,units_band,award_level,wage_band,social_services\r\n",
            csv.HeaderLine);
        Assert.Equal(
            "r_abc,2005-2009,F,graduates:2024-2025,cds:19647331931765,3.00-3.49,2.00-2.49,30.0-59.9,associate,10000-24999,yes\r\n",
            csv.RowLine("r_abc", "2005-2009", Member));
    }

    [Fact]
    public void Milestones_give_months_from_d0_to_the_earliest_reaching_of_every_milestone()
    {
        var csv = new ExtractCsv([ResearchFields.Milestones]);

        Assert.Equal(
            Common + ",months_to_k12_ag_complete,months_to_k12_graduated,months_to_finaid_application_submitted,"
            + "months_to_finaid_cal_grant_disbursed,months_to_postsecondary_enrolled,months_to_postsecondary_30_units,"
            + "months_to_postsecondary_transferred,months_to_postsecondary_credential_earned,"
            + "months_to_workforce_employed_after_credential\r\n",
            csv.HeaderLine);
        Assert.Equal("r_abc,2007,F,graduates:2024-2025,cds:19647331931765,,0,-5,,2,,,,\r\n", csv.RowLine("r_abc", "2007", Member));
    }

    [Fact]
    public void Missing_values_are_empty_cells_and_no_social_services_is_no()
    {
        var csv = new ExtractCsv(ResearchFields.All);
        var member = Member with { SocialServices = false, Milestones = [], Traits = new MemberTraits(null, null, null, 0m, null, null) };

        var cells = csv.RowLine("r_abc", "", member).TrimEnd('\r', '\n').Split(',');

        Assert.Equal(csv.Columns.Count, cells.Length);
        Assert.Equal(["r_abc", "", "F", "graduates:2024-2025", "cds:19647331931765"], cells[..5]);
        Assert.Equal(["", "", "0", "", "", "no"], cells[^6..]);
    }

    [Fact]
    public void A_row_never_carries_a_date_or_a_figure_finer_than_its_band()
    {
        var row = new ExtractCsv(ResearchFields.All).RowLine("r_abc", "2007", Member);

        Assert.DoesNotContain("2025-", row, StringComparison.Ordinal);
        Assert.DoesNotContain("3.45", row, StringComparison.Ordinal);
        Assert.DoesNotContain("31.5", row, StringComparison.Ordinal);
        Assert.DoesNotContain("18250", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("line\nfeed", "\"line\nfeed\"")]
    [InlineData("-1", "-1")]
    [InlineData("", "")]
    public void A_cell_is_quoted_as_rfc_4180_says_and_a_negative_count_stays_a_number(string value, string written)
    {
        Assert.Equal(written, ExtractCsv.Cell(value));
    }

    [Fact]
    public void A_cell_needing_quotes_is_quoted_inside_a_row()
    {
        var member = Member with { InstitutionId = "odd,id" };

        Assert.Equal("r_abc,2007,F,graduates:2024-2025,\"odd,id\"\r\n", new ExtractCsv([]).RowLine("r_abc", "2007", member));
    }

    [Fact]
    public void The_file_is_utf8_without_a_byte_order_mark()
    {
        Assert.Empty(ExtractCsv.Encoding.GetPreamble());
    }
}
