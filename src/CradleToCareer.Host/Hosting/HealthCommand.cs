using CradleToCareer.Host.Hosting.Settings;

namespace CradleToCareer.Host.Hosting;

/// <summary>
/// <c>health [--url URL]</c>: asks a running host whether it is live, for a container's HEALTHCHECK (the runtime image
/// has no curl or wget). Exit code 0 when the answer is a success within the timeout, 1 for any other answer, a refused
/// connection or no answer, 2 for a URL that is not an absolute http one.
/// </summary>
internal static class HealthCommand
{
    public const string DefaultUrl = ServiceSettings.DefaultUrl + "/health/live";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (Target(args) is not { } url)
        {
            await errors.WriteAsync($"health takes only --url followed by an absolute http or https URL.\n\n{Usage.Text}");
            return 2;
        }

        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var answer = await http.GetAsync(url);
            await (answer.IsSuccessStatusCode ? output : errors).WriteLineAsync($"{url}: {(int)answer.StatusCode}");
            return answer.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            var reason = failure is TaskCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : failure.Message;
            await errors.WriteLineAsync($"{url}: {reason}");
            return 1;
        }
    }

    /// <summary>The URL to ask: the default, or the one after <c>--url</c>; null when the arguments are anything else.</summary>
    private static Uri? Target(string[] args)
    {
        var text = args switch
        {
            [] => DefaultUrl,
            ["--url", var given] => given,
            _ => null,
        };
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }
}
