using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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

    /// <summary>
    /// The problems, in document order. The walk allocates nothing for a clean document: a member's path is spelled
    /// out only when something under it is reported.
    /// </summary>
    public static IReadOnlyList<FieldError> Errors(JsonElement element, string path = "")
    {
        var errors = new List<FieldError>();
        var steps = new PathSteps(path);
        Walk(element, steps, errors);
        steps.Clear();
        return errors;
    }

    private static void Walk(JsonElement element, PathSteps steps, List<FieldError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when ValueProblem(element) is { } problem:
                errors.Add(new FieldError(steps.Spell(), problem));
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (errors.Count >= ReportedAtMost)
                    {
                        return;
                    }

                    if (NameProblem(member) is { } problem)
                    {
                        errors.Add(new FieldError(steps.Spell(), "has a member whose name " + problem));
                        continue;
                    }

                    steps.Enter(member);
                    Walk(member.Value, steps, errors);
                    steps.Leave();
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (errors.Count >= ReportedAtMost)
                    {
                        return;
                    }

                    steps.Enter(index++);
                    Walk(item, steps, errors);
                    steps.Leave();
                }

                break;
        }
    }

    /// <summary>
    /// The members and indexes from the root to where the walk is, spelled as a JSON Pointer on demand. Each thread
    /// keeps one list of steps for its walks (a walk runs on one thread, start to end), so a walk allocates no list of its own.
    /// </summary>
    private sealed class PathSteps
    {
        [ThreadStatic]
        private static List<(JsonProperty? Member, int Index)>? _threadSteps;

        private readonly string _root;
        private readonly List<(JsonProperty? Member, int Index)> _steps;

        public PathSteps(string root)
        {
            _root = root;
            _steps = _threadSteps ??= new(capacity: 8);
            _steps.Clear();
        }

        public void Enter(JsonProperty member) => _steps.Add((member, 0));

        public void Enter(int index) => _steps.Add((null, index));

        public void Leave() => _steps.RemoveAt(_steps.Count - 1);

        /// <summary>Lets go of the steps a walk that stopped early left behind (they point into its document).</summary>
        public void Clear() => _steps.Clear();

        public string Spell()
        {
            var path = new StringBuilder(_root);
            foreach (var (member, index) in _steps)
            {
                path.Append('/');
                if (member is { } named)
                {
                    path.Append(named.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                }
                else
                {
                    path.Append(index.ToString(CultureInfo.InvariantCulture));
                }
            }

            return path.ToString();
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
}
