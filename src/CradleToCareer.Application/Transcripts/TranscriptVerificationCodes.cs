using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Application.Transcripts;

/// <summary>Placeholder until the PDF branch lands its verification codes.</summary>
public static class TranscriptVerificationCodes
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(10));

    public static bool Matches(string kept, string offered) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(kept), Encoding.UTF8.GetBytes(offered.Trim().ToUpperInvariant()));
}
