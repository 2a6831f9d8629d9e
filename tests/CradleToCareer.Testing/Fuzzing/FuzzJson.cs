using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CradleToCareer.Testing.Fuzzing;

/// <summary>
/// A JSON document as a fuzzer needs it. Unlike <see cref="JsonNode"/> it keeps a member name twice, and it holds
/// raw bytes written as they are: numbers out of every range, escapes of lone surrogates, invalid UTF-8, thousands
/// of nested brackets. Nodes are numbered in pre-order (the root is 0), so a mutation names its target by number.
/// </summary>
public abstract record FuzzJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private FuzzJson()
    {
    }

    /// <summary>Bytes written in place of a value, unchecked.</summary>
    public sealed record Raw(byte[] Utf8) : FuzzJson
    {
        public static Raw Of(string text) => new(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A string value, escaped as JSON requires.</summary>
    public sealed record Text(string Value) : FuzzJson;

    public sealed record List(IReadOnlyList<FuzzJson> Items) : FuzzJson;

    /// <summary>An object's members in order; a name may occur more than once.</summary>
    public sealed record Members(IReadOnlyList<KeyValuePair<string, FuzzJson>> Items) : FuzzJson;

    /// <summary>How many nodes the tree has, this one included.</summary>
    public int Count => this switch
    {
        List list => 1 + list.Items.Sum(item => item.Count),
        Members members => 1 + members.Items.Sum(member => member.Value.Count),
        _ => 1,
    };

    public static FuzzJson From(JsonNode? node) => node switch
    {
        JsonObject members => new Members([.. members.Select(member => KeyValuePair.Create(member.Key, From(member.Value)))]),
        JsonArray list => new List([.. list.Select(From)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => new Text(value.GetValue<string>()),
        _ => Raw.Of(node?.ToJsonString() ?? "null"),
    };

    /// <summary>The pre-order numbers of the nodes that satisfy the predicate.</summary>
    public IReadOnlyList<int> NumbersOf(Func<FuzzJson, bool> predicate)
    {
        var found = new List<int>();
        var next = 0;
        Visit(this, ref next, (index, node) =>
        {
            if (predicate(node))
            {
                found.Add(index);
            }
        });
        return found;
    }

    /// <summary>
    /// The tree with node <paramref name="target"/> replaced by what <paramref name="change"/> makes of it; a null
    /// removes the node from its list or object (the root becomes <c>null</c>).
    /// </summary>
    public FuzzJson Rewrite(int target, Func<FuzzJson, FuzzJson?> change)
    {
        var next = 0;
        return Rewrite(this, target, change, ref next) ?? Raw.Of("null");
    }

    public byte[] ToUtf8()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, this);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The document as text, invalid UTF-8 shown as U+FFFD.</summary>
    public sealed override string ToString() => Encoding.UTF8.GetString(ToUtf8());

    private static void Visit(FuzzJson node, ref int next, Action<int, FuzzJson> visit)
    {
        visit(next++, node);
        switch (node)
        {
            case List list:
                foreach (var item in list.Items)
                {
                    Visit(item, ref next, visit);
                }

                break;
            case Members members:
                foreach (var member in members.Items)
                {
                    Visit(member.Value, ref next, visit);
                }

                break;
        }
    }

    private static FuzzJson? Rewrite(FuzzJson node, int target, Func<FuzzJson, FuzzJson?> change, ref int next)
    {
        if (next++ == target)
        {
            return change(node);
        }

        switch (node)
        {
            case List list:
            {
                var items = new List<FuzzJson>();
                foreach (var item in list.Items)
                {
                    if (Rewrite(item, target, change, ref next) is { } kept)
                    {
                        items.Add(kept);
                    }
                }

                return new List(items);
            }

            case Members members:
            {
                var items = new List<KeyValuePair<string, FuzzJson>>();
                foreach (var member in members.Items)
                {
                    if (Rewrite(member.Value, target, change, ref next) is { } kept)
                    {
                        items.Add(KeyValuePair.Create(member.Key, kept));
                    }
                }

                return new Members(items);
            }

            default:
                return node;
        }
    }

    private static void Write(Utf8JsonWriter writer, FuzzJson node)
    {
        switch (node)
        {
            case Raw raw:
                writer.WriteRawValue(raw.Utf8, skipInputValidation: true);
                break;
            case Text text:
                writer.WriteStringValue(text.Value);
                break;
            case List list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Members members:
                writer.WriteStartObject();
                foreach (var member in members.Items)
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
