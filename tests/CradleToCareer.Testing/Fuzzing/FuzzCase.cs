using System.Text;
using System.Text.Json.Nodes;

namespace CradleToCareer.Testing.Fuzzing;

/// <summary>A real-looking document a mutated case starts from, under a name a failure report shows.</summary>
public sealed record FuzzSeed(string Name, FuzzJson Document)
{
    public static FuzzSeed Of(string name, JsonNode document) => new(name, FuzzJson.From(document));
}

/// <summary>
/// A seed document after its mutations, as UTF-8, cut after <see cref="CutPermille"/> thousandths of its bytes when
/// that is set (at least one byte stays).
/// </summary>
public sealed class FuzzCase
{
    private const int Shown = 600;

    public FuzzCase(FuzzSeed seed, IReadOnlyList<JsonMutation> mutations, int? cutPermille)
    {
        Seed = seed;
        Mutations = mutations;
        CutPermille = cutPermille;
        Document = mutations.Aggregate(seed.Document, (document, mutation) => mutation.ApplyTo(document));
        var whole = Document.ToUtf8();
        Utf8 = cutPermille is { } permille ? whole[..Math.Max(1, (int)((long)whole.Length * permille / 1000))] : whole;
    }

    public FuzzSeed Seed { get; }

    public IReadOnlyList<JsonMutation> Mutations { get; }

    public int? CutPermille { get; }

    public FuzzJson Document { get; }

    public byte[] Utf8 { get; }

    /// <summary>For a failure report: the seed, the mutations and the bytes, long runs elided, invisible characters escaped.</summary>
    public override string ToString()
    {
        var text = Visible(Encoding.UTF8.GetString(Utf8));
        var shown = text.Length <= Shown ? text : $"{text[..(Shown / 2)]} …[{text.Length:N0} characters]… {text[^(Shown / 2)..]}";
        var cut = CutPermille is { } permille ? $", cut at {permille}‰" : "";
        return $"{Seed.Name} with [{string.Join(", ", Mutations)}]{cut}: {shown}";
    }

    private static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            {
                visible.Append($"\\u{(int)c:x4}");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }
}
