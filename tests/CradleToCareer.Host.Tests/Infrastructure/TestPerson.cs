using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>
/// A made-up name and birth date drawn from a seed: different seeds give people that share nothing.
/// Everyone is born 1996 to 2005, an adult who may grant consent themselves.
/// </summary>
public sealed record TestPerson(string FirstName, string LastName, string BirthDate)
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ru", "se", "ta", "vo", "ne", "pi", "du", "go", "fe", "zu", "ha", "ji", "wy"];

    public static TestPerson Of(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var birthDate = new DateOnly(1996, 1, 1).AddDays(BitConverter.ToUInt16(hash, 12) % 3650);
        return new TestPerson(Name(hash, 0), Name(hash, 4), birthDate.ToString("yyyy-MM-dd"));
    }

    private static string Name(byte[] hash, int offset)
    {
        var name = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            name.Append(Syllables[hash[offset + i] % Syllables.Length]);
        }

        return char.ToUpperInvariant(name[0]) + name.ToString(1, name.Length - 1);
    }
}
