using System.Text.Json;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool;

/// <summary>The <c>sample</c> command: generated events as NDJSON on stdout, for people to inspect.</summary>
public static class SampleCommand
{
    public static int Run(CommandLine cli)
    {
        cli.AllowOnly(["events", "students", "seed", "tag"]);
        var seed = cli.Int("seed", 42, int.MinValue);
        var generator = new JourneyGenerator(seed, cli.Text("tag") ?? JourneyGenerator.DefaultTag(seed));
        using var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        using (var writer = new Utf8JsonWriter(buffered, EventJson.WriterOptions))
        {
            foreach (var e in generator.Generate(cli.Long("events", 20), cli.CountOrAuto("students")))
            {
                EventJson.Write(writer, e);
                writer.Flush();
                writer.Reset();
                buffered.Write("\n"u8);
            }
        }
        Console.Error.WriteLine($"{generator.StudentsEmitted:N0} students");
        return 0;
    }
}
