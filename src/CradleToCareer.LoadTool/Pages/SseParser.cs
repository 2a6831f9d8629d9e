namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// One dispatched block of a Server-Sent Events stream: its <c>event:</c> name (null for none), <c>id:</c>, the
/// <c>data:</c> lines joined by newlines, and its comment lines (without the colon), e.g. the page's <c>: live</c>.
/// </summary>
public sealed record SseEvent(string? Event, string? Id, string Data, IReadOnlyList<string> Comments);

/// <summary>
/// Reads a <c>text/event-stream</c> line by line (the HTML Living Standard's rules, without reconnection): fields
/// gather until an empty line dispatches them. A block of comments alone is dispatched too, so a reader can see the
/// page's "watch is set up" comment. Not thread-safe.
/// </summary>
public sealed class SseParser
{
    private readonly List<string> _data = [];
    private readonly List<string> _comments = [];
    private string? _event;
    private string? _id;
    private bool _any;

    /// <summary>The last <c>retry:</c> the stream asked for, in milliseconds.</summary>
    public int? Retry { get; private set; }

    /// <summary>Takes one line (without its line ending); returns the block an empty line completes, else null.</summary>
    public SseEvent? Feed(string line)
    {
        if (line.Length == 0)
        {
            return Dispatch();
        }
        _any = true;
        if (line[0] == ':')
        {
            _comments.Add(line[1..].TrimStart(' '));
            return null;
        }
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? line : line[..colon];
        var value = colon < 0 ? "" : line[(colon + 1)..];
        if (value.StartsWith(' '))
        {
            value = value[1..];
        }
        switch (name)
        {
            case "event":
                _event = value;
                break;
            case "id":
                _id = value;
                break;
            case "data":
                _data.Add(value);
                break;
            case "retry" when int.TryParse(value, out var retry):
                Retry = retry;
                break;
        }
        return null;
    }

    private SseEvent? Dispatch()
    {
        if (!_any)
        {
            return null;
        }
        var dispatched = new SseEvent(_event, _id, string.Join('\n', _data), [.. _comments]);
        (_event, _id, _any) = (null, null, false);
        _data.Clear();
        _comments.Clear();
        return dispatched;
    }
}
