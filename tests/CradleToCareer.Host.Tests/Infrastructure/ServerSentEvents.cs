using System.Net.Http.Headers;
using System.Text;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>A client end of a <c>text/event-stream</c>: reads one event at a time, skipping comments.</summary>
public sealed class ServerSentEvents : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private StreamReader? _reader;

    private ServerSentEvents(HttpResponseMessage response) => _response = response;

    public HttpResponseMessage Response => _response;

    /// <summary>Opens the stream (with <c>Last-Event-ID</c> when given); the response may be an error instead.</summary>
    public static async Task<ServerSentEvents> OpenAsync(HttpClient http, string path, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new ServerSentEvents(response);
    }

    /// <summary>The next event; fails the test when none comes within <paramref name="timeout"/>.</summary>
    public async Task<ServerSentEvent> NextAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        _reader ??= new StreamReader(await _response.Content.ReadAsStreamAsync(deadline.Token), Encoding.UTF8);
        string? id = null, type = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(deadline.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    return new ServerSentEvent(id, type, data.ToString());
                }

                continue;
            }

            var (field, value) = line.IndexOf(':') is var colon and >= 0
                ? (line[..colon], line[(colon + 1)..].TrimStart(' '))
                : (line, "");
            switch (field)
            {
                case "id": id = value; break;
                case "event": type = value; break;
                case "data": data.Append(value); break;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed record ServerSentEvent(string? Id, string? Type, string Data);
