using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CradleToCareer.Host.Access.TokenEndpoint;

/// <summary>
/// The client id and secret of a token request (RFC 6749 §2.3.1): HTTP Basic, whose two parts are each
/// form-urlencoded before they are joined, or the form fields <c>client_id</c> and <c>client_secret</c>. A
/// request may use one way only. A part missing or a Basic header that cannot be read leaves it null.
/// </summary>
internal sealed record PresentedCredentials(string? Id, string? Secret)
{
    /// <summary>Longer than any client id, generated (<c>c_</c> and 32 hex digits) or configured.</summary>
    public const int MaxIdLength = 256;

    /// <summary>The credentials, or why the request cannot be read (an <c>invalid_request</c>).</summary>
    public static (PresentedCredentials? Credentials, string? Problem) Read(HttpRequest request, IFormCollection form)
    {
        var inForm = form.ContainsKey("client_id") || form.ContainsKey("client_secret");
        var basic = BasicParameter(request);
        if (basic is not null && inForm)
        {
            return (null, "The client's credentials came both as HTTP Basic and in the form: send them one way only.");
        }

        var credentials = basic is not null ? FromBasic(basic) : new PresentedCredentials(NullIfEmpty(form["client_id"]), NullIfEmpty(form["client_secret"]));
        return credentials.Id?.Length > MaxIdLength
            ? (null, $"client_id is longer than any client id ({MaxIdLength} characters).")
            : (credentials, null);
    }

    private static string? BasicParameter(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            ? header.Parameter ?? ""
            : null;

    private static PresentedCredentials FromBasic(string parameter)
    {
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter)).Split(':', 2);
            return pair.Length == 2
                ? new PresentedCredentials(NullIfEmpty(WebUtility.UrlDecode(pair[0])), NullIfEmpty(WebUtility.UrlDecode(pair[1])))
                : new PresentedCredentials(null, null);
        }
        catch (FormatException)
        {
            return new PresentedCredentials(null, null);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
