using System.Text.Json;
using CradleToCareer.Domain.Outcomes;
using CradleToCareer.Domain.Rules;
using static CradleToCareer.Domain.Tests.Outcomes.OutcomeMembers;

namespace CradleToCareer.Domain.Tests.Outcomes;

public sealed class OutcomesJsonTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 7, 3, 2, 3, 456, TimeSpan.FromHours(2));

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static JsonElement Written(InstitutionOutcomes outcomes) => JsonDocument.Parse(OutcomesJson.Write(outcomes)).RootElement;

    /// <summary>
    /// 12 graduates, half of them a-g complete on graduation day (F), half not (M); 11 entrants with wages from 1,000 to
    /// 11,000 after their credential, plus 22 more who earned nothing countable, 11 of whom reached 30 units in the first year.
    /// </summary>
    private static IReadOnlyList<CohortOutcomes> Figures()
    {
        var graduates = Graduate("F", false, Reached(MilestoneIds.AgComplete, GraduationDay)).Times(6).Concat(Graduate("M").Times(6));
        var earners = Enumerable.Range(1, 11).Select(i => Entrant("X", wages: i * 1_000m));
        var thirtyUnits = Entrant("F", true, milestones: Reached(MilestoneIds.ThirtyUnits, FallStart.AddDays(100))).Times(11);
        var others = Entrant("M", true).Times(11);
        return OutcomeFigures.Of([.. graduates, .. earners, .. thirtyUnits, .. others]);
    }

    [Fact]
    public void The_document_has_the_institution_the_utc_instant_and_the_cohorts_in_order()
    {
        var json = Written(new InstitutionOutcomes("cds:19647331931765", AsOf, Figures()));

        Assert.Equal(["institutionId", "asOf", "cohorts"], Keys(json));
        Assert.Equal("cds:19647331931765", json.GetProperty("institutionId").GetString());
        Assert.Equal("2026-12-07T01:02:03.456Z", json.GetProperty("asOf").GetString());
        Assert.Equal([EntrantsCohort, GraduatesCohort], json.GetProperty("cohorts").EnumerateArray().Select(c => c.GetProperty("cohort").GetString()));
        Assert.All(json.GetProperty("cohorts").EnumerateArray(), c => Assert.Equal(["cohort", "size", "metrics"], Keys(c)));
    }

    [Fact]
    public void The_statewide_document_writes_its_institution_as_null()
    {
        var json = Written(new InstitutionOutcomes(null, AsOf, []));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("institutionId").ValueKind);
        Assert.Empty(json.GetProperty("cohorts").EnumerateArray());
    }

    [Fact]
    public void A_rate_metric_has_its_all_cell_and_both_breakdowns_with_nulls_written()
    {
        var graduates = Written(new InstitutionOutcomes(null, AsOf, Figures())).GetProperty("cohorts")[1];
        var agComplete = graduates.GetProperty("metrics").GetProperty("ag-complete");

        Assert.Equal(12, graduates.GetProperty("size").GetInt32());
        Assert.Equal(["ag-complete", "finaid-applied", "enrolled-1y", "30-units-2y", "credential-3y"], Keys(graduates.GetProperty("metrics")));
        Assert.Equal(["all", "sex", "social-services"], Keys(agComplete));
        Assert.Equal(["denominator", "numerator", "rate"], Keys(agComplete.GetProperty("all")));
        Assert.Equal("""{"denominator":12,"numerator":null,"rate":null}""", agComplete.GetProperty("all").GetRawText());
        Assert.Equal(["F", "M", "X", "unknown"], Keys(agComplete.GetProperty("sex")));
        Assert.Equal("""{"denominator":null,"numerator":null,"rate":null}""", agComplete.GetProperty("sex").GetProperty("F").GetRawText());
        Assert.Equal("""{"denominator":0,"numerator":0,"rate":null}""", agComplete.GetProperty("sex").GetProperty("X").GetRawText());
        Assert.Equal(["no", "yes"], Keys(agComplete.GetProperty("social-services")));
        Assert.Equal("""{"denominator":12,"numerator":null,"rate":null}""", agComplete.GetProperty("social-services").GetProperty("no").GetRawText());
    }

    [Fact]
    public void Rates_are_json_numbers_and_the_median_a_whole_number_after_the_rate_metrics()
    {
        var entrants = Written(new InstitutionOutcomes(null, AsOf, Figures())).GetProperty("cohorts")[0];
        var metrics = entrants.GetProperty("metrics");

        Assert.Equal(33, entrants.GetProperty("size").GetInt32());
        Assert.Equal(
            ["30-units-1y", "transferred-3y", "credential-3y", "credential-6y", "employed-after-credential-6y", "median-wages-after-credential"],
            Keys(metrics));
        Assert.Equal("""{"denominator":33,"numerator":11,"rate":0.3333}""", metrics.GetProperty("30-units-1y").GetProperty("all").GetRawText());
        Assert.Equal("""{"denominator":22,"numerator":11,"rate":0.5}""", metrics.GetProperty("30-units-1y").GetProperty("social-services").GetProperty("yes").GetRawText());
        Assert.Equal("""{"denominator":11,"numerator":11,"rate":1}""", metrics.GetProperty("30-units-1y").GetProperty("sex").GetProperty("F").GetRawText());
        var median = metrics.GetProperty("median-wages-after-credential");
        Assert.Equal(["all", "sex", "social-services"], Keys(median));
        Assert.Equal("""{"denominator":11,"median":6000}""", median.GetProperty("all").GetRawText());
        Assert.Equal("""{"denominator":0,"median":null}""", median.GetProperty("sex").GetProperty("F").GetRawText());
        Assert.Equal("""{"denominator":11,"median":6000}""", median.GetProperty("sex").GetProperty("X").GetRawText());
        Assert.Equal("""{"denominator":11,"median":6000}""", median.GetProperty("social-services").GetProperty("no").GetRawText());
    }

    [Fact]
    public void A_small_cohort_writes_its_size_as_null()
    {
        var json = Written(new InstitutionOutcomes(null, AsOf, OutcomeFigures.Of(Graduate().Times(4))));

        Assert.Equal(JsonValueKind.Null, json.GetProperty("cohorts")[0].GetProperty("size").ValueKind);
    }
}
