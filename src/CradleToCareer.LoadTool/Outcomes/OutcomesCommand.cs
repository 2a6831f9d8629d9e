using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Reporting;
using CradleToCareer.LoadTool.Views;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>
/// The <c>outcomes</c> command: institution outcome figures and research extracts, measured in up to four phases
/// (setup, big, freshness, extract; --skip leaves some out). A phase that stops short is reported with its reason and
/// misses its bar, and the next phase still runs. The summary goes to stdout as Markdown. Exit code 0 when every bar
/// of the phases run is met, 1 when one is missed, 2 when the organizations could not be set up.
/// </summary>
public static class OutcomesCommand
{
    public static async Task<int> RunAsync(OutcomesOptions o, CancellationToken userCancel)
    {
        using var http = ServiceHttp.CreateClient(o.Url, o.Concurrency + ProbeIngest.Concurrency + SetupPhase.Concurrency, o.Timeout);
        using var ingestHttp = ServiceHttp.CreateClient(o.Url, SteadyIngest.MaxInFlight, o.Timeout);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(userCancel);
        var stop = new RunStop(run, userCancel);

        var source = o.Runs(OutcomesPhase.Setup) || (o.Runs(OutcomesPhase.Freshness) && o.Rate > 0)
            ? await AccessTokenSource.CreateAsync(http, o.Auth, ViewsSetup.SourceRoles, run.Token)
            : null;
        var probe = await ConnectProbeAsync(o, http, run.Token);
        Console.Error.WriteLine(
            $"outcomes: phases {OutcomesPhases.Describe(o.Phases)}; probe cohort {o.Cohort}" +
            (probe is null ? "" : $" at {o.ProbeOrgId} ({probe.Schools.Needed(o).Count} probe schools)"));

        var failures = new Dictionary<OutcomesPhase, string>();
        async Task<T?> PhaseAsync<T>(OutcomesPhase phase, Func<CancellationToken, Task<T>> body)
            where T : class
        {
            if (!o.Runs(phase))
            {
                return null;
            }
            if (run.IsCancellationRequested)
            {
                userCancel.ThrowIfCancellationRequested();
                failures[phase] = $"not run: {stop.Reason}";
                return null;
            }
            try
            {
                return await body(run.Token);
            }
            catch (ToolException e)
            {
                failures[phase] = e.Message;
            }
            catch (OperationCanceledException) when (!userCancel.IsCancellationRequested && stop.Fatal is { } fatal)
            {
                failures[phase] = fatal;
            }
            ProgressReporter.Log($"{OutcomesPhases.Names.Name(phase)}: stopped: {failures[phase]}");
            return null;
        }

        var setup = await PhaseAsync(OutcomesPhase.Setup, ct => SetupPhase.RunAsync(o, http, source!, ct));
        var big = await PhaseAsync(OutcomesPhase.Big, ct => BigCohortPhase.RunAsync(o, http, probe!, ct));
        var freshness = await PhaseAsync(OutcomesPhase.Freshness, ct => new FreshnessPhase(o, http, ingestHttp, probe!, source!, stop).RunAsync(ct));
        var extract = await PhaseAsync(OutcomesPhase.Extract, async ct =>
        {
            var admin = await AccessTokenSource.CreateAsync(
                http, new AuthOptions(null, o.Auth.AdminClientId, o.Auth.AdminClientSecret, null, null, o.Auth.OrgId), [], ct);
            var researcher = await ConsumerOrganization.ConnectAsync(
                http, o.Auth, o.ResearchOrgId, "Load test researchers: outcome extracts (synthetic)", ["researcher"], ct);
            return await new ExtractPhase(o, http, probe!, admin, researcher).RunAsync(ct);
        });
        userCancel.ThrowIfCancellationRequested();

        var report = OutcomesReport.Build(o, new OutcomesResults(setup, big, freshness, extract, failures));
        var markdown = report.Markdown();
        Console.Out.Write(markdown);
        if (o.Markdown is { } path)
        {
            await File.WriteAllTextAsync(path, markdown, CancellationToken.None);
        }
        return report.Met ? 0 : 1;
    }

    /// <summary>The probe organization and what the probe phases share, when one of them runs.</summary>
    private static async Task<ProbeContext?> ConnectProbeAsync(OutcomesOptions o, HttpClient http, CancellationToken ct)
    {
        if (!o.Runs(OutcomesPhase.Big) && !o.Runs(OutcomesPhase.Freshness) && !o.Runs(OutcomesPhase.Extract))
        {
            return null;
        }
        var schools = new ProbeSchools(o.Tag);
        var tokens = await ProbeOrganization.ConnectAsync(http, o.Auth, o.ProbeOrgId, schools, schools.Needed(o), ct);
        var students = new ProbeStudents(o.Seed, o.Tag, o.SchoolYear);
        return new ProbeContext(schools, students, tokens, new ProbeIngest(http, tokens, students, schools.Source));
    }
}
