using System.Text;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>
/// Turns the path System.Text.Json reports for a failed read (<c>$.roles[0]</c>, <c>$['a.b']</c>) into the
/// member names and indexes it walks, and those into a JSON Pointer (RFC 6901) such as <c>/roles/0</c>.
/// </summary>
internal static class JsonPathPointer
{
    public static IReadOnlyList<string> Segments(string? path)
    {
        var segments = new List<string>();
        var text = path ?? "$";
        var i = text.StartsWith('$') ? 1 : 0;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var end = IndexOfAny(text, i + 1, '.', '[');
                segments.Add(text[(i + 1)..end]);
                i = end;
            }
            else if (text.AsSpan(i).StartsWith("['"))
            {
                var end = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end;
                segments.Add(text[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal));
                i = Math.Min(end + 2, text.Length);
            }
            else
            {
                var end = IndexOfAny(text, i + 1, ']');
                segments.Add(text[(i + 1)..end]);
                i = Math.Min(end + 1, text.Length);
            }
        }

        return segments;
    }

    public static string Pointer(IEnumerable<string> segments)
    {
        var pointer = new StringBuilder();
        foreach (var segment in segments)
        {
            pointer.Append('/').Append(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return pointer.ToString();
    }

    private static int IndexOfAny(string text, int start, params char[] stops)
    {
        var index = text.IndexOfAny(stops, start);
        return index < 0 ? text.Length : index;
    }
}
