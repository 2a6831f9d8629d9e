using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>What phase "big" measured: the cohort it built, the wait for it to show, and the two read series.</summary>
public sealed record BigOutcome(LandedCohort Landed, WaitOutcome Wait, ReadSeries Staff, ReadSeries Public);

/// <summary>
/// Phase "big": --cohort-size (5,000) graduates of the probe school <see cref="ProbeSchools.Big"/>, each a student of
/// its own (enrollment and standard diploma in the run's school year); then, once the school's outcomes show the
/// cohort at the size of the persons its diplomas landed on, --reads reads of the school's figures as its staff and as
/// much of the public route, --concurrency at a time, after <see cref="WarmupReads"/> untimed ones of each.
/// </summary>
public static class BigCohortPhase
{
    public const int WarmupReads = 100;

    public static async Task<BigOutcome> RunAsync(OutcomesOptions o, HttpClient http, ProbeContext probe, CancellationToken ct)
    {
        var school = probe.Schools.School(ProbeSchools.Big);
        var landed = await probe.Ingest.GraduateAsync(school, ProbeContext.BigFirst, o.CohortSize, enroll: true, "big: ingest", ct);
        var calls = new OutcomesCalls(http, probe.Tokens);
        var wait = await CohortWait.UntilAsync(
            token => calls.StaffAsync(school.Id, token), o.Cohort, landed.Persons.Count, TimeSpan.FromMilliseconds(250), "big: waiting", ct);

        string? Wrong(OutcomesAnswer answer) => Judge(answer, o.Cohort);
        await OutcomeReads.RunAsync("big: warm-up (staff)", WarmupReads, o.Concurrency, token => calls.StaffAsync(school.Id, token), Wrong, ct);
        await OutcomeReads.RunAsync("big: warm-up (public)", WarmupReads, o.Concurrency, token => calls.PublicAsync(school.Id, token), Wrong, ct);
        var staff = await OutcomeReads.RunAsync(
            "GET /v1/institutions/{id}/outcomes (staff)", o.Reads, o.Concurrency, token => calls.StaffAsync(school.Id, token), Wrong, ct);
        var anyone = await OutcomeReads.RunAsync(
            "GET /v1/public/institutions/{id}/outcomes", o.Reads, o.Concurrency, token => calls.PublicAsync(school.Id, token), Wrong, ct);
        return new BigOutcome(landed, wait, staff, anyone);
    }

    /// <summary>Why a read's answer is not the school's figures with the cohort in them, or null when it is.</summary>
    public static string? Judge(OutcomesAnswer answer, string cohort)
    {
        if (answer.Status != OutcomesAnswer.Ok)
        {
            return $"HTTP {answer.Status}";
        }
        try
        {
            return OutcomesDocument.Parse(answer.Body).Find(cohort) is null ? $"200 without {cohort}" : null;
        }
        catch (FormatException)
        {
            return $"200 but not outcomes: {ServiceHttp.Snippet(answer.Body, 80)}";
        }
    }
}
