using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;
using CradleToCareer.LoadTool.Ingest;

namespace CradleToCareer.LoadTool.Views;

/// <summary>Where one student's events landed: the person id most of them name, and whether some named another.</summary>
public sealed record LandedStudent(FullRecordStudent Student, string PersonId, bool Split);

/// <summary>
/// Sends the students' events one batch at a time (so no two batches race to create the same person) and keeps the
/// person id each event landed on. Any event not accepted (or answered duplicate, on a rerun) ends the run: views of a
/// partly ingested record would not measure what the bar is about.
/// </summary>
public static class SetupIngest
{
    public const int BatchSize = 1_000;

    public static async Task<IReadOnlyList<LandedStudent>> RunAsync(
        HttpClient http, AccessTokenSource tokens, IReadOnlyList<FullRecordStudent> students, CancellationToken ct)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < students.Count; i++)
        {
            foreach (var e in students[i].Events)
            {
                owner[e.Id] = i;
            }
        }
        var landed = students.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var sender = new BatchSender(http, tokens, new IngestTally(), (_, results) =>
        {
            foreach (var result in results)
            {
                if (result is { Id: { } id, PersonId: { } personId } && owner.TryGetValue(id, out var student))
                {
                    landed[student][personId] = landed[student].GetValueOrDefault(personId) + 1;
                }
            }
        });

        var events = students.SelectMany(s => s.Events).ToArray();
        await PhaseProgress.RunAsync(() => $"setup: events {sender.Tally.EventsAnswered:N0}/{events.Length:N0} | errors {sender.Tally.Errors:N0}", async () =>
        {
            long number = 0;
            foreach (var chunk in events.Chunk(BatchSize))
            {
                await sender.SendAsync(BatchProducer.Serialize(++number, chunk), ct);
            }
        });

        if (sender.Tally.Errors > 0)
        {
            throw new ToolException(
                $"setup: {sender.Tally.Errors:N0} of {events.Length:N0} events were not accepted; first: {sender.Tally.ErrorSamples().FirstOrDefault()}");
        }
        return [.. students.Select((student, i) => Land(student, landed[i]))];
    }

    private static LandedStudent Land(FullRecordStudent student, Dictionary<string, int> personIds) =>
        personIds.Count == 0
            ? throw new ToolException($"setup: no person id came back for the events of student {student.Profile.Index} (first event {student.Events[0].Id})")
            : new LandedStudent(student, personIds.MaxBy(p => p.Value).Key, personIds.Count > 1);
}
