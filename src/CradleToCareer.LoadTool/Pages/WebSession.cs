using System.Net;
using System.Text.RegularExpressions;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Pages;

/// <summary>
/// A person using the pages over plain HTTP as a browser does without its script: a cookie jar, forms posted with the
/// antiforgery token of their page, redirects not followed. <see cref="Http"/> times out after the run's timeout;
/// <see cref="Streams"/> shares its connections and cookies but never times out, for live streams.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly SocketsHttpHandler _handler;

    private WebSession(Uri service, int connections, TimeSpan timeout)
    {
        _handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = connections,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        Http = new HttpClient(_handler, disposeHandler: false) { BaseAddress = service, Timeout = timeout };
        Streams = new HttpClient(_handler, disposeHandler: false) { BaseAddress = service, Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpClient Http { get; }

    public HttpClient Streams { get; }

    /// <summary>Signs a staff account in with the form on the root page; the service answers 302 and sets the session cookie.</summary>
    public static async Task<WebSession> SignInAsync(
        Uri service, int connections, TimeSpan timeout, string username, string password, CancellationToken ct)
    {
        var session = new WebSession(service, connections, timeout);
        await session.PostFormAsync("/", new Dictionary<string, string> { ["username"] = username, ["password"] = password }, ct);
        return session;
    }

    /// <summary>Turns a student's activation code into an account on <c>/activate</c>, which signs it in.</summary>
    public static async Task<WebSession> ActivateAsync(
        Uri service, int connections, TimeSpan timeout, string code, string username, string password, CancellationToken ct)
    {
        var session = new WebSession(service, connections, timeout);
        await session.PostFormAsync("/activate", new Dictionary<string, string>
        {
            ["code"] = code, ["username"] = username, ["password"] = password, ["repeat"] = password,
        }, ct);
        return session;
    }

    /// <summary>The antiforgery token of a rendered form, HTML-decoded; null when the page has none.</summary>
    public static string? AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public void Dispose()
    {
        Http.Dispose();
        Streams.Dispose();
        _handler.Dispose();
    }

    /// <summary>Opens the form's page, posts the fields with its token and expects the redirect of a success.</summary>
    private async Task PostFormAsync(string path, Dictionary<string, string> fields, CancellationToken ct)
    {
        try
        {
            var page = await Http.GetStringAsync(path, ct);
            fields["__RequestVerificationToken"] = AntiforgeryToken(page)
                ?? throw new ToolException($"setup: GET {path} shows no form with an antiforgery token");
            using var response = await Http.PostAsync(path, new FormUrlEncodedContent(fields), ct);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                throw new ToolException($"setup: POST {path} answered {(int)response.StatusCode}, not 302: {ServiceHttp.Snippet(body)}");
            }
        }
        catch (HttpRequestException e)
        {
            throw ServiceHttp.Unreachable(Http.BaseAddress!, e);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
