using System.Text.Json;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Transcripts.Pesc.Exchange;

namespace CradleToCareer.Domain.Tests.Transcripts.Exchange;

/// <summary>
/// The PESC documents under <c>Corpus/</c> and what <c>Corpus/manifest.json</c> expects of each: the mapped request or
/// acknowledgment when it is accepted, otherwise its errors in order (line, path and a piece of the message).
/// </summary>
internal static class PescExchangeCorpus
{
    /// <summary>The SSN the corpus uses, in every shape it takes there; no error message may hold any of them.</summary>
    public static readonly string[] SsnShapes = ["123456789", "123-45-6789", "6789"];

    public static readonly KeyedTokenizer Tokenizer = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static readonly Lazy<JsonElement> Manifest = new(() =>
        JsonDocument.Parse(File.ReadAllText(PathOf("manifest.json"))).RootElement);

    public static TheoryData<string> RequestFiles => FilesOf("requests");

    public static TheoryData<string> AcknowledgmentFiles => FilesOf("acknowledgments");

    public static IReadOnlyList<JsonElement> Entries(string list) => Manifest.Value.GetProperty(list).EnumerateArray().ToList();

    public static JsonElement Entry(string list, string file) =>
        Entries(list).Single(e => e.GetProperty("file").GetString() == file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));

    public static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>The errors match the entry's, one for one and in order, and none repeats the SSN.</summary>
    public static void AssertErrors(JsonElement entry, IReadOnlyList<PescDocumentError> actual)
    {
        var expected = entry.GetProperty("errors").EnumerateArray().ToList();
        var shown = string.Join(Environment.NewLine, actual);
        Assert.True(expected.Count == actual.Count, $"Expected {expected.Count} errors, got:{Environment.NewLine}{shown}");
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.True(want.GetProperty("line").GetInt32() == got.Line, $"Line of: {got}");
            Assert.Equal(want.GetProperty("path").GetString(), got.Path);
            Assert.Contains(want.GetProperty("contains").GetString()!, got.Message, StringComparison.Ordinal);
            Assert.True(got.Column > 0 || got.Line == 0, $"Column of: {got}");
        }

        Assert.DoesNotContain(actual, error => SsnShapes.Any(ssn => error.Message.Contains(ssn, StringComparison.Ordinal)));
    }

    private static TheoryData<string> FilesOf(string list) =>
        new(Entries(list).Select(e => e.GetProperty("file").GetString()!));

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Transcripts", "Exchange", "Corpus", file);
}
