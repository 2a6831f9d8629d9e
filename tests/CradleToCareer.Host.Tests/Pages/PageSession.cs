using System.Net;
using System.Text.RegularExpressions;

namespace CradleToCareer.Host.Tests.Pages;

/// <summary>
/// A person using the pages over plain HTTP, the way a browser does without its script: a cookie jar, the sign-in
/// form, and forms posted with the antiforgery token of the page they are on. Redirects are not followed, so a test
/// sees where the service sends it.
/// </summary>
internal sealed partial class PageSession : IDisposable
{
    private readonly HttpClient _http;

    public PageSession(Uri service)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = service,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    /// <summary>Signs in with the form on the root page; returns the answer to the form's POST (a redirect on success).</summary>
    public Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        PostFormAsync("/", new Dictionary<string, string> { ["username"] = username, ["password"] = password });

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>
    /// Opens <paramref name="formPage"/> (the form's own page unless said otherwise), takes its antiforgery token and
    /// posts the fields with it to <paramref name="path"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? formPage = null)
    {
        var page = await _http.GetStringAsync(formPage ?? path);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"the page {formPage ?? path} has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await _http.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
