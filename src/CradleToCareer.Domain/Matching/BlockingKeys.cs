using System.Globalization;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The blocks a record is filed under. Each kind tolerates different errors, so a true match
/// that differs in one field still shares another key:
/// <list type="bullet">
/// <item><c>ssn</c>: the SSN token.</item>
/// <item><c>birth</c>: the full birth date (survives name changes and typos).</item>
/// <item><c>name-year</c>: Soundex of the last name, birth year, initial of each first-name root
/// (survives typos in the name and a wrong day or month).</item>
/// <item><c>given-zip</c>: Soundex of each first-name root and the 5-digit ZIP code (survives a wrong
/// birth date and a changed last name).</item>
/// <item><c>surname-zip</c>: Soundex of the last name and the 5-digit ZIP code (survives a wrong birth date
/// together with another or mistyped first name).</item>
/// <item><c>names-zip</c>: Soundex of the first and the last name in alphabetical order and the 5-digit ZIP code
/// (survives given and family names swapped together with a wrong or missing birth date).</item>
/// </list>
/// A key is left out when a field it needs is missing.
/// </summary>
internal static class BlockingKeys
{
    public static IReadOnlyList<string> For(NormalizedStudent student, MatchHasher hasher)
    {
        var keys = new List<string>(4);
        if (student.SsnToken is { } ssn)
        {
            keys.Add(hasher.BlockingKey(BlockingKinds.Ssn, ssn));
        }

        if (student.BirthDate is { } birthDate)
        {
            keys.Add(hasher.BlockingKey(BlockingKinds.Birth, birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            if (student.LastName is { } lastName)
            {
                var year = birthDate.Year.ToString("D4", CultureInfo.InvariantCulture);
                foreach (var initial in student.FirstNameRoots.Select(root => root[0]).Distinct())
                {
                    keys.Add(hasher.BlockingKey(BlockingKinds.NameYear, $"{Soundex.Encode(lastName)}|{year}|{initial}"));
                }
            }
        }

        if (student.PostalCode is { } postalCode)
        {
            foreach (var sound in student.FirstNameRoots.Select(root => Soundex.Encode(root)).Distinct(StringComparer.Ordinal))
            {
                keys.Add(hasher.BlockingKey(BlockingKinds.GivenZip, $"{sound}|{postalCode}"));
            }

            if (student.LastName is { } surname)
            {
                keys.Add(hasher.BlockingKey(BlockingKinds.SurnameZip, $"{Soundex.Encode(surname)}|{postalCode}"));
                if (student.FirstName is { } given)
                {
                    var (one, other) = AlphabeticalOrder(Soundex.Encode(given), Soundex.Encode(surname));
                    keys.Add(hasher.BlockingKey(BlockingKinds.NamesZip, $"{one}|{other}|{postalCode}"));
                }
            }
        }

        return keys;
    }

    private static (string, string) AlphabeticalOrder(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
