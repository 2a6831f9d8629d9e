using System.Diagnostics;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>How the extract's population was reached: the statewide cohort before, the graduates added, and the wait.</summary>
public sealed record ExtractPopulation(int? StatewideBefore, int Added, int Persons, WaitOutcome? Wait);

/// <summary>What phase "extract" observed; <see cref="Problem"/> says why it stopped short, when it did.</summary>
public sealed record ExtractOutcome(
    ExtractPopulation Population, string? ExtractId, ExtractState? Final, TimeSpan? ToFinished, CsvRowCounter? File, TimeSpan? Download,
    RssSamples? Memory, string? Problem);

/// <summary>
/// Phase "extract": the statewide cohort of the run's school year is filled up to --extract-size members (probe
/// graduates, --cohort-size per probe school, those earlier phases and runs left counted); an admin approves a
/// project on that cohort with every field for a research organization new to the run; its researcher asks for an
/// extract, whose status is read every <see cref="PollInterval"/> until it is ready or failed; the file is downloaded
/// as it streams and its rows counted, and checked for person ids. With --host-pid the host's resident memory is
/// sampled from just before the request to the end of the download.
/// </summary>
public sealed class ExtractPhase(OutcomesOptions o, HttpClient http, ProbeContext probe, AccessTokenSource admin, AccessTokenSource researcher)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The phase stops waiting for a job that has not finished by then.</summary>
    public static readonly TimeSpan MaxJob = TimeSpan.FromMinutes(30);

    public static readonly string[] Fields = ["milestones", "gpa-bands", "units-band", "award-level", "wage-band", "social-services"];

    public async Task<ExtractOutcome> RunAsync(CancellationToken ct)
    {
        var population = await PopulateAsync(ct);
        var calls = new ResearchCalls(http, admin, researcher);
        await calls.ApproveAsync(Project(o, DateTimeOffset.UtcNow), o.ProjectId, ct);

        var sampler = o.HostPid is { } pid ? RssSampler.Start(pid) : null;
        string? extractId = null;
        ExtractState? state = null;
        TimeSpan? toFinished = null;
        CsvRowCounter? file = null;
        TimeSpan? download = null;
        string? problem = null;
        RssSamples? memory = null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            (state, _) = await calls.RequestAsync(o.ProjectId, ct);
            extractId = state.ExtractId!;
            var current = state;
            await PhaseProgress.RunAsync(
                () => $"extract: {current.Status} {current.Progress} | {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s",
                async () =>
                {
                    while (!current.Finished && Stopwatch.GetElapsedTime(started) < MaxJob)
                    {
                        await Task.Delay(PollInterval, ct);
                        current = await calls.StatusAsync(o.ProjectId, extractId, ct);
                    }
                });
            state = current;
            toFinished = state.Finished ? Stopwatch.GetElapsedTime(started) : null;
            if (state.Status == ExtractState.Ready && state.Download is { } url)
            {
                var downloading = Stopwatch.GetTimestamp();
                file = await calls.DownloadAsync(url, ct);
                download = Stopwatch.GetElapsedTime(downloading);
            }
            problem = state.Status switch
            {
                ExtractState.Ready when state.Download is null => "ready without a download",
                ExtractState.Ready => null,
                ExtractState.Failed => $"the extract failed{(state.Failure is { } why ? $": {why}" : "")}",
                _ => $"not finished after {MaxJob.TotalMinutes:F0} min ({state.Status} {state.Progress})",
            };
        }
        catch (ToolException e)
        {
            problem = e.Message;
        }
        finally
        {
            if (sampler is not null)
            {
                memory = await sampler.StopAsync();
            }
        }
        return new ExtractOutcome(population, extractId, state, toFinished, file, download, memory, problem);
    }

    /// <summary>The project's approval: the run's statewide cohort, every field, 30 days, the benchmark's agreement.</summary>
    public static object Project(OutcomesOptions o, DateTimeOffset now) => new
    {
        id = o.ProjectId,
        title = $"Load test: outcomes extract ({o.Tag})",
        organizationId = o.ResearchOrgId,
        purpose = "Benchmark of research extracts on synthetic students (load tool)",
        cohorts = new[] { o.Cohort },
        fields = Fields,
        expiresAt = now.AddDays(30),
        agreement = "DUA-bench",
    };

    /// <summary>
    /// Tops the statewide cohort up to --extract-size: reads its size, adds the missing graduates (school by school,
    /// --cohort-size each) and waits until the statewide figures show them.
    /// </summary>
    private async Task<ExtractPopulation> PopulateAsync(CancellationToken ct)
    {
        var calls = new OutcomesCalls(http, null);
        var answer = await CohortWait.PatientlyAsync(token => calls.StatewideAsync(o.Cohort, token), ct);
        var (before, issue) = CohortWait.Size(answer, o.Cohort);
        if (issue is not null)
        {
            throw new ToolException($"extract: GET /{OutcomesCalls.StatewidePath(o.Cohort)}: {issue}: {ServiceHttp.Snippet(answer.Body)}");
        }
        var missing = Math.Max(0, o.ExtractSize - (before ?? 0));
        var persons = new HashSet<string>(StringComparer.Ordinal);
        for (var school = 0; school * o.CohortSize < missing; school++)
        {
            var count = Math.Min(o.CohortSize, missing - (school * o.CohortSize));
            var first = ProbeContext.ExtractFirst + ((long)school * o.CohortSize);
            var landed = await probe.Ingest.GraduateAsync(
                probe.Schools.School(ProbeSchools.FirstExtract + school), first, count, enroll: true,
                $"extract: school {school + 1}/{(missing + o.CohortSize - 1) / o.CohortSize}", ct);
            persons.UnionWith(landed.Persons);
        }
        if (missing == 0)
        {
            return new ExtractPopulation(before, 0, 0, null);
        }
        var wait = await CohortWait.UntilAsync(
            token => calls.StatewideAsync(o.Cohort, token), o.Cohort, (before ?? 0) + persons.Count, TimeSpan.FromSeconds(1),
            "extract: waiting for the statewide cohort", ct);
        return new ExtractPopulation(before, missing, persons.Count, wait);
    }
}
