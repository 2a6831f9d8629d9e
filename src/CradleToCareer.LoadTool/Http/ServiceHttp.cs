using System.Net;
using System.Net.Http.Headers;

namespace CradleToCareer.LoadTool.Http;

/// <summary>HTTP plumbing shared by the commands: one pooled client per run, no proxy, only the given URL.</summary>
public static class ServiceHttp
{
    public const string BatchMediaType = "application/cloudevents-batch+json";

    public static HttpClient CreateClient(Uri baseUrl, int connections, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = connections,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = baseUrl,
            Timeout = timeout,
        };

    public static HttpRequestMessage EventBatch(ReadOnlyMemory<byte> body, AuthenticationHeaderValue? authorization)
    {
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(BatchMediaType);
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/events") { Content = content };
        request.Headers.Authorization = authorization;
        return request;
    }

    /// <summary>The first characters of a response body, on one line, for error messages.</summary>
    public static string Snippet(ReadOnlySpan<byte> body, int max = 300)
    {
        var text = System.Text.Encoding.UTF8.GetString(body.Length > max ? body[..max] : body).ReplaceLineEndings(" ");
        return body.Length > max ? text + "..." : text;
    }

    /// <summary>Turns a connection failure into a message naming the URL, without a stack trace.</summary>
    public static Cli.ToolException Unreachable(Uri url, HttpRequestException e) =>
        new($"cannot reach the service at {url}: {e.Message}", e);
}
