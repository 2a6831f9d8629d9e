using System.Diagnostics;
using System.Text;
using CradleToCareer.LoadTool.Outcomes;

namespace CradleToCareer.LoadTool.Tests.Outcomes;

public sealed class OutcomesDocumentTests
{
    private const string Shaped = """
        { "institutionId": "cds:90000000010000", "asOf": "2026-12-07T00:00:00Z", "cohorts": [
          { "cohort": "graduates:2025-2026", "size": 5000, "metrics": {
              "enrolled-1y": { "all": { "denominator": 5000, "numerator": 3120, "rate": 0.624 },
                               "sex": { "F": { "denominator": 2450, "numerator": 1600, "rate": 0.6531 } },
                               "social-services": { "yes": { "denominator": null, "numerator": null, "rate": null } } },
              "credential-3y": { "all": { "denominator": 5000, "numerator": null, "rate": null } } } },
          { "cohort": "graduates:2024-2025", "size": null, "metrics": {} } ] }
        """;

    private static OutcomesAnswer Answer(string status, string body = "") =>
        new(status, Encoding.UTF8.GetBytes(body), Stopwatch.GetTimestamp(), Stopwatch.GetTimestamp(), null);

    [Fact]
    public void The_shape_of_outcomes_md_is_read()
    {
        var document = OutcomesDocument.Parse(Encoding.UTF8.GetBytes(Shaped));

        Assert.Equal("cds:90000000010000", document.InstitutionId);
        var cohort = document.Find("graduates:2025-2026")!;
        Assert.Equal(5000, cohort.Size);
        Assert.Equal(new FigureCell(5000, 3120, 0.624m, null), cohort.Metrics["enrolled-1y"]);
        Assert.Equal(new FigureCell(5000, null, null, null), cohort.Metrics["credential-3y"]);
        Assert.Null(document.Find("graduates:2024-2025")!.Size);
        Assert.Null(document.Find("entrants:2025-FA"));
    }

    [Fact]
    public void Metrics_as_a_list_and_a_median_cell_are_read_too()
    {
        var body = """
            { "cohorts": [ { "cohort": "entrants:2019-FA", "size": 40, "metrics": [
                { "metricId": "30-units-1y", "all": { "denominator": 40, "numerator": 12, "rate": 0.3 } },
                { "metricId": "median-wages-after-credential", "all": { "denominator": 14, "median": 41250 } } ] } ] }
            """;

        var cohort = OutcomesDocument.Parse(Encoding.UTF8.GetBytes(body)).Find("entrants:2019-FA")!;

        Assert.Equal(0.3m, cohort.Metrics["30-units-1y"].Rate);
        Assert.Equal(41250m, cohort.Metrics["median-wages-after-credential"].Median);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "institutionId": "x" }""")]
    [InlineData("""{ "cohorts": [ { "size": 3 } ] }""")]
    public void Anything_else_is_refused(string body) =>
        Assert.Throws<FormatException>(() => OutcomesDocument.Parse(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void A_cohort_size_reads_as_zero_before_the_institution_or_the_cohort_exists()
    {
        Assert.Equal((0, null), CohortWait.Size(Answer("404"), "graduates:2025-2026"));
        Assert.Equal((0, null), CohortWait.Size(Answer("200", """{ "cohorts": [] }"""), "graduates:2025-2026"));
        Assert.Equal((5000, null), CohortWait.Size(Answer("200", Shaped), "graduates:2025-2026"));
        Assert.Equal((null, null), CohortWait.Size(Answer("200", Shaped), "graduates:2024-2025"));
    }

    [Fact]
    public void Other_answers_are_problems_without_a_size()
    {
        Assert.Equal((null, "HTTP 403"), CohortWait.Size(Answer("403"), "graduates:2025-2026"));
        Assert.Equal((null, "HTTP timeout"), CohortWait.Size(Answer("timeout"), "graduates:2025-2026"));
        Assert.NotNull(CohortWait.Size(Answer("200", "<html>"), "graduates:2025-2026").Problem);
    }

    [Fact]
    public void A_big_cohort_read_is_good_only_with_the_cohort_in_it()
    {
        Assert.Null(BigCohortPhase.Judge(Answer("200", Shaped), "graduates:2025-2026"));
        Assert.Equal("200 without graduates:2023-2024", BigCohortPhase.Judge(Answer("200", Shaped), "graduates:2023-2024"));
        Assert.Equal("HTTP 500", BigCohortPhase.Judge(Answer("500"), "graduates:2025-2026"));
        Assert.StartsWith("200 but not outcomes", BigCohortPhase.Judge(Answer("200", "oops"), "graduates:2025-2026"), StringComparison.Ordinal);
    }
}
