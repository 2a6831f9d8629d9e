using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CradleToCareer.Host.Pages.Advisor;

/// <summary>
/// How an advisor's page names a student without a person id in the address: the id sealed by data protection (the
/// session cookie's key ring), URL-safe, so only this service can open it and a changed token opens nothing.
/// </summary>
public sealed class StudentTokens(IDataProtectionProvider protection)
{
    public const string Purpose = "c2c pages: advisor student";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>The token for the person id (Base64Url, safe in a query string).</summary>
    public string For(string personId) => _protector.Protect(personId);

    /// <summary>The person id the token names, or null when it is missing, altered or not this service's.</summary>
    public string? Open(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1024)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
