using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CradleToCareer.Application.Exchange;

/// <summary>Request ids (<c>tr_</c> and 32 lowercase hex digits), and the id of the transcript each request issues.</summary>
public static partial class TranscriptRequestIds
{
    public static string New() => "tr_" + Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string requestId) => RequestIdPattern().IsMatch(requestId);

    /// <summary>
    /// The one transcript id a request may issue, derived from the request id: issuing it twice (a retry after a crash,
    /// two silos at once) finds the id taken and keeps the first transcript.
    /// </summary>
    public static string TranscriptIdOf(string requestId) =>
        "t_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("transcript-request\n" + requestId)))[..32];

    [GeneratedRegex("^tr_[0-9a-f]{32}$")]
    private static partial Regex RequestIdPattern();
}
