using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Text;

/// <summary>
/// Finds the strings of a JSON document that are not <see cref="PlainText"/>, each at its JSON Pointer: a
/// string value at its own path, a member name at the path of the object that holds it (the name is not
/// repeated in a path, and nothing under that member is looked at). At most <see cref="ReportedAtMost"/>
/// are reported, in document order.
/// </summary>
public static class PlainTextInJson
{
    public const int ReportedAtMost = 20;

    /// <summary>
    /// Bytes a JSON string needs before it can hold anything forbidden: an escape, DEL, the lead byte of
    /// U+0080-U+00BF and that of U+2000-U+2FFF. Strings without them are not decoded at all.
    /// </summary>
    private static readonly SearchValues<byte> Suspicious = SearchValues.Create([(byte)'\\', 0x7F, 0xC2, 0xE2]);

    public static IReadOnlyList<FieldError> Errors(JsonElement element, string path = "") =>
        [.. Walk(element, path).Take(ReportedAtMost)];

    private static IEnumerable<FieldError> Walk(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when ValueProblem(element) is { } problem:
                yield return new FieldError(path, problem);
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (NameProblem(member) is { } problem)
                    {
                        yield return new FieldError(path, "has a member whose name " + problem);
                        continue;
                    }

                    foreach (var error in Walk(member.Value, MemberPath(path, member.Name)))
                    {
                        yield return error;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var error in Walk(item, $"{path}/{index}"))
                    {
                        yield return error;
                    }

                    index++;
                }

                break;
        }
    }

    private static string? ValueProblem(JsonElement value)
    {
        if (!JsonMarshal.GetRawUtf8Value(value).ContainsAny(Suspicious))
        {
            return null;
        }

        try
        {
            return PlainText.Problem(value.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return PlainText.UnpairedSurrogate;
        }
    }

    private static string? NameProblem(JsonProperty member)
    {
        if (!JsonMarshal.GetRawUtf8PropertyName(member).ContainsAny(Suspicious))
        {
            return null;
        }

        try
        {
            return PlainText.Problem(member.Name);
        }
        catch (InvalidOperationException)
        {
            return PlainText.UnpairedSurrogate;
        }
    }

    private static string MemberPath(string path, string name) =>
        path + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
