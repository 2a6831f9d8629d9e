using System.Security.Cryptography;

namespace CradleToCareer.Application.Access;

public static class ClientIds
{
    public static string New() =>
        "c_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
