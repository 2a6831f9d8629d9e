using System.Globalization;

namespace CradleToCareer.Host.Hosting.Problems;

/// <summary>The <c>Retry-After</c> header in whole seconds, never below one.</summary>
internal static class RetryAfter
{
    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
