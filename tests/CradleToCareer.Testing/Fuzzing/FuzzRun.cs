using CsCheck;
using Xunit;

namespace CradleToCareer.Testing.Fuzzing;

/// <summary>
/// Runs a property over a number of generated cases, all drawn from one run seed: the same cases on every run, so a
/// failure in CI reproduces. <c>C2C_FUZZ_SEED</c> sets another run seed (<c>random</c> draws one and logs it) and
/// <c>C2C_FUZZ_SCALE</c> multiplies every case count. The first failing case is handed to CsCheck, which shrinks it
/// to the simplest failing case it finds and reports it with its own seed; <c>C2C_FUZZ_CASE</c> set to a case seed
/// runs that one case alone.
/// </summary>
public static class FuzzRun
{
    public const string SeedVariable = "C2C_FUZZ_SEED";
    public const string ScaleVariable = "C2C_FUZZ_SCALE";
    public const string CaseVariable = "C2C_FUZZ_CASE";
    public const string DefaultSeed = "50iaolBTYyL0";

    /// <summary>The count times <c>C2C_FUZZ_SCALE</c> (1 when unset).</summary>
    public static int Cases(int count) =>
        int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), out var scale) && scale > 0 ? count * scale : count;

    /// <summary>
    /// Checks <paramref name="property"/> (it throws to fail) on <paramref name="cases"/> cases, <paramref name="parallel"/>
    /// at a time; on a failure, lets CsCheck shrink from that case for up to <paramref name="shrinkIterations"/> tries.
    /// </summary>
    public static async Task CheckAsync<T>(
        Gen<T> gen, int cases, Func<T, Task> property, Action<string> log, int parallel, int shrinkIterations)
    {
        var runSeed = RunSeed();
        var caseSeeds = Environment.GetEnvironmentVariable(CaseVariable) is { Length: > 0 } one ? [one] : CaseSeeds(runSeed, cases);
        cases = caseSeeds.Length;
        log($"{cases:N0} cases from run seed {runSeed} ({SeedVariable}=random for other cases, {ScaleVariable}=10 for ten times as many)");
        var failures = new List<(int Index, T Case, Exception Error)>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < cases)
            {
                var value = gen.Generate(PCG.Parse(caseSeeds[index]), null!, out Size _);
                try
                {
                    await property(value);
                }
                catch (Exception error)
                {
                    lock (failures)
                    {
                        failures.Add((index, value, error));
                    }

                    Interlocked.Exchange(ref next, cases);
                }
            }
        })));

        if (failures.Count == 0)
        {
            return;
        }

        var (failed, failedCase, firstError) = failures.MinBy(failure => failure.Index);
        var found = $"Case {failed:N0} of {cases:N0} (run seed {runSeed}, case seed {caseSeeds[failed]}) failed: {firstError.Message}\n  case: {failedCase}";
        log(found);
        try
        {
            await gen.SampleAsync(property, seed: caseSeeds[failed], iter: shrinkIterations, threads: parallel);
        }
        catch (CsCheckException shrunk)
        {
            Assert.Fail($"{found}\nShrunk by CsCheck (replay its seed with {CaseVariable}, not CsCheck_Seed): {shrunk.Message}\n  because: {shrunk.InnerException?.Message}");
        }

        Assert.Fail($"{found}\nIt passed when CsCheck replayed it (a failure that depends on earlier cases).\n{firstError}");
    }

    private static string[] CaseSeeds(string runSeed, int cases)
    {
        var master = PCG.Parse(runSeed);
        var seeds = new string[cases];
        for (var i = 0; i < cases; i++)
        {
            var pcg = new PCG(master.Next(), master.Next64());
            seeds[i] = pcg.ToString(pcg.State);
        }

        return seeds;
    }

    private static string RunSeed() => Environment.GetEnvironmentVariable(SeedVariable) switch
    {
        null or "" => DefaultSeed,
        "random" => RandomSeed(),
        var seed => seed,
    };

    private static string RandomSeed()
    {
        var pcg = new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64());
        return pcg.ToString(pcg.State);
    }
}
