using System.Globalization;
using System.Text.Json;
using CradleToCareer.Domain.Events;
using CradleToCareer.Testing.Fuzzing;
using Xunit.Abstractions;

namespace CradleToCareer.Domain.Tests.Events;

/// <summary>
/// Mutated real-looking events and student blocks against the parser (docs/security.md, Fuzzing). Whatever parses as
/// JSON gets a validated event or field errors at JSON Pointers, never an exception; and no error message carries a
/// control or formatting character, which it could only have taken from the input.
/// </summary>
public sealed class EventParserFuzzTests(ITestOutputHelper output)
{
    private const int ShrinkIterations = 20_000;

    private static readonly FuzzSeed[] Events = [.. EventTypes.All.Select(type => FuzzSeed.Of(type, SampleEvents.Valid(type)))];

    private static readonly FuzzSeed[] StudentBlocks =
    [
        FuzzSeed.Of("student block", SampleEvents.Valid(EventTypes.K12EnrollmentStarted)["data"]!["student"]!.DeepClone()),
    ];

    [Fact]
    public Task A_mutated_event_gets_an_event_or_field_errors_and_never_an_exception() =>
        FuzzRun.CheckAsync(HostileJson.Cases(Events), FuzzRun.Cases(100_000), fuzzCase => ParsesOrExplains(fuzzCase, root =>
        {
            var parsed = EventParser.Parse(root, SampleEvents.Tokenizer);
            Assert.True(parsed.IsValid == (parsed.Errors.Count == 0), "an event comes with errors, or neither");
            return parsed.Errors;
        }), output.WriteLine, Environment.ProcessorCount, ShrinkIterations);

    [Fact]
    public Task A_mutated_student_block_gets_a_block_or_field_errors_and_never_an_exception() =>
        FuzzRun.CheckAsync(HostileJson.Cases(StudentBlocks), FuzzRun.Cases(20_000), fuzzCase => ParsesOrExplains(fuzzCase, root =>
        {
            var (block, errors) = EventParser.ParseStudentBlock(root, SampleEvents.Tokenizer);
            Assert.True(block is null != (errors.Count == 0), "a block comes with errors, or neither");
            return errors;
        }), output.WriteLine, Environment.ProcessorCount, ShrinkIterations);

    /// <summary>A body that is not JSON never reaches the parser: the host refuses it whole with 400.</summary>
    private static Task ParsesOrExplains(FuzzCase fuzzCase, Func<JsonElement, IReadOnlyList<FieldError>> parse)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(fuzzCase.Utf8);
        }
        catch (JsonException)
        {
            return Task.CompletedTask;
        }

        using (document)
        {
            foreach (var error in parse(document.RootElement))
            {
                Assert.True(error.Path.Length == 0 || error.Path.StartsWith('/'), $"not a JSON Pointer: {error.Path}");
                Assert.False(error.Message.Any(IsHidden), $"the message at {error.Path} carries a control or formatting character");
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsHidden(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
