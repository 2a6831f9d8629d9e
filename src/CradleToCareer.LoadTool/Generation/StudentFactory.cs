namespace CradleToCareer.LoadTool.Generation;

/// <summary>Draws students: collision-free ids per system, a person, a home district, a cohort and an ability.</summary>
public sealed class StudentFactory(int seed)
{
    public const int FirstGraduationYear = 2015;
    public const int LastGraduationYear = 2025;

    private const long CccIdSpace = 26L * 26 * 26 * 10_000;

    private readonly IdScrambler _ssid = IdScrambler.Digits(10, 7_368_787, seed, 1);
    private readonly IdScrambler _csuId = IdScrambler.Digits(9, 48_271, seed, 2);
    private readonly IdScrambler _ucId = IdScrambler.Digits(9, 69_621, seed, 3);
    private readonly IdScrambler _csacId = IdScrambler.Digits(10, 16_807, seed, 4);
    private readonly IdScrambler _local = IdScrambler.Digits(8, 40_693, seed, 5);
    private readonly IdScrambler _cccId = new(CccIdSpace, 48_271, IdScrambler.Offset(seed, 6, CccIdSpace));

    public StudentProfile Create(Random rng, long index)
    {
        var graduationYear = rng.Next(FirstGraduationYear, LastGraduationYear + 1);
        var district = PlaceCatalog.Districts[rng.Next(PlaceCatalog.Districts.Length)];
        var ability = Normal(rng);
        return new StudentProfile(
            index,
            _ssid.Map(index).ToString("D10"),
            CccId(_cccId.Map(index)),
            _csuId.Map(index).ToString("D9"),
            _ucId.Map(index).ToString("D9"),
            _csacId.Map(index).ToString("D10"),
            _local.Map(index).ToString("D8"),
            CreatePerson(rng, district, graduationYear),
            district,
            graduationYear,
            ability,
            LowIncome: rng.NextDouble() < 0.55 - (0.1 * ability));
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static Person CreatePerson(Random rng, District district, int graduationYear)
    {
        var sex = Sex(rng.NextDouble());
        var givenNames = sex == "F" || (sex != "M" && rng.Next(2) == 0) ? NameCatalog.FemaleFirstNames : NameCatalog.MaleFirstNames;
        var birthYearStart = new DateOnly(graduationYear - 18, 9, 2).AddYears(-1);
        var street = $"{rng.Next(10, 9_900)} {Pick(rng, NameCatalog.StreetNames)} {Pick(rng, NameCatalog.StreetSuffixes)}";
        return new Person(
            Pick(rng, givenNames),
            rng.NextDouble() < 0.6 ? Pick(rng, givenNames) : rng.NextDouble() < 0.5 ? ((char)('A' + rng.Next(26))).ToString() : null,
            Pick(rng, NameCatalog.LastNames),
            birthYearStart.AddDays(rng.Next(365)),
            sex,
            street,
            district.City,
            $"{district.ZipPrefix}{rng.Next(1, 40):D2}",
            rng.NextDouble() < 0.85 ? RandomSsn(rng) : null);
    }

    /// <summary>
    /// The sex a uniform draw in [0, 1) gives: F and M 49% each, X 0.5%, and for the last 1.5% none (no record states one).
    /// </summary>
    public static string? Sex(double roll) => roll switch
    {
        < 0.49 => "F",
        < 0.98 => "M",
        < 0.985 => "X",
        _ => null,
    };

    /// <summary>Nine random digits in the area-group-serial layout, avoiding the never-issued ranges.</summary>
    private static string RandomSsn(Random rng)
    {
        var area = rng.Next(1, 900);
        if (area == 666)
        {
            area = 667;
        }
        return string.Join('-', area.ToString("D3"), rng.Next(1, 100).ToString("D2"), rng.Next(1, 10_000).ToString("D4"));
    }

    private static string CccId(long value)
    {
        var digits = value % 10_000;
        var letters = value / 10_000;
        Span<char> chars = [(char)('A' + (letters / 676)), (char)('A' + (letters / 26 % 26)), (char)('A' + (letters % 26))];
        return new string(chars) + digits.ToString("D4");
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
