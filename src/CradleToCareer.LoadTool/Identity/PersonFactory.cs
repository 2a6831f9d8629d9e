using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Builds the true persons: Zipf-distributed names, birth dates over six school years, a home address in one of the
/// catalog's districts, a unique SSN. About 1% are twins and 2% namesakes of the person built just before them; half
/// of the twins have SSNs issued in sequence (one apart in the last digit), as twins born before 2011 often do.
/// </summary>
public sealed class PersonFactory(Random rng, SsnAllocator ssns)
{
    /// <summary>Chance that a person starts a twin pair (two persons each), so about 1% of persons are twins.</summary>
    public const double TwinPairChance = 0.005;

    /// <summary>Chance that a person starts a namesake pair, so about 2% of persons share a made namesake.</summary>
    public const double NamesakePairChance = 0.01;

    /// <summary>Six school years of births: 2001-09-02 up to 2007-09-01.</summary>
    public static readonly DateOnly FirstBirthDate = new(2001, 9, 2);

    public static readonly int BirthDateSpanDays = new DateOnly(2007, 9, 2).DayNumber - FirstBirthDate.DayNumber;

    private static readonly ZipfPicker FemaleNames = new(GivenNames.Female);
    private static readonly ZipfPicker MaleNames = new(GivenNames.Male);
    private static readonly ZipfPicker FamilyNames = new(Surnames.All);

    public List<TruePerson> Create(int count)
    {
        var persons = new List<TruePerson>(count);
        while (persons.Count < count)
        {
            var roll = rng.NextDouble();
            var pairFits = persons.Count + 2 <= count;
            var kinship = !pairFits ? Kinship.None
                : roll < TwinPairChance ? Kinship.Twin
                : roll < TwinPairChance + NamesakePairChance ? Kinship.Namesake
                : Kinship.None;
            var person = NewPerson(persons.Count, kinship);
            persons.Add(person);
            if (kinship == Kinship.Twin)
            {
                persons.Add(TwinOf(person, persons.Count));
            }
            else if (kinship == Kinship.Namesake)
            {
                persons.Add(NamesakeOf(person, persons.Count));
            }
        }
        return persons;
    }

    /// <summary>A new home in another district than <paramref name="current"/>.</summary>
    public static HomeAddress AddressElsewhere(Random rng, HomeAddress current)
    {
        var districts = PlaceCatalog.Districts.Where(d => d != current.District).ToArray();
        return AddressIn(rng, districts[rng.Next(districts.Length)]);
    }

    private TruePerson NewPerson(int index, Kinship kinship)
    {
        var sex = RandomSex();
        var district = PlaceCatalog.Districts[rng.Next(PlaceCatalog.Districts.Length)];
        return new TruePerson(
            index,
            GivenNameFor(sex),
            FamilyNames.Pick(rng),
            sex,
            FirstBirthDate.AddDays(rng.Next(BirthDateSpanDays)),
            AddressIn(rng, district),
            ssns.For(index),
            kinship);
    }

    /// <summary>
    /// Same family name, birth date and home; another given name; the same or the other sex; every other twin the SSN
    /// issued right after the sibling's.
    /// </summary>
    private TruePerson TwinOf(TruePerson sibling, int index)
    {
        var sex = rng.Next(2) == 0 ? sibling.Sex : RandomSex();
        string firstName;
        do
        {
            firstName = GivenNameFor(sex);
        }
        while (firstName == sibling.FirstName);
        var ssn = index % 2 == 0 ? SsnAllocator.NextInSequence(sibling.Ssn) : ssns.For(index);
        return sibling with { Index = index, FirstName = firstName, Sex = sex, Ssn = ssn };
    }

    /// <summary>Same given and family name and birth year; another birth date and home.</summary>
    private TruePerson NamesakeOf(TruePerson other, int index)
    {
        var yearStart = new DateOnly(other.BirthDate.Year, 1, 1);
        var daysInYear = DateTime.IsLeapYear(yearStart.Year) ? 366 : 365;
        DateOnly birthDate;
        do
        {
            birthDate = yearStart.AddDays(rng.Next(daysInYear));
        }
        while (birthDate == other.BirthDate);
        return other with
        {
            Index = index,
            BirthDate = birthDate,
            Address = AddressElsewhere(rng, other.Address),
            Ssn = ssns.For(index),
        };
    }

    private string RandomSex()
    {
        var roll = rng.NextDouble();
        return roll < 0.495 ? "F" : roll < 0.99 ? "M" : "X";
    }

    private string GivenNameFor(string sex) =>
        (sex == "F" || (sex == "X" && rng.Next(2) == 0) ? FemaleNames : MaleNames).Pick(rng);

    private static HomeAddress AddressIn(Random rng, District district)
    {
        var street = $"{rng.Next(100, 20_000)} {Pick(rng, NameCatalog.StreetNames)} {Pick(rng, NameCatalog.StreetSuffixes)}";
        return new HomeAddress(street, district.City, $"{district.ZipPrefix}{rng.Next(1, 40):D2}", district);
    }

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];
}
