using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Matching;
using static CradleToCareer.Domain.Tests.Matching.MatchingTestData;

namespace CradleToCareer.Domain.Tests.Matching;

public class RecordComparatorTests
{
    [Theory]
    [InlineData("Daniela", "DANIELA", Agreement.Agree)]
    [InlineData("William", "Bill", Agreement.Agree)]
    [InlineData("Billy", "Liam", Agreement.Agree)]
    [InlineData("Alex", "Alexandra", Agreement.Agree)]
    [InlineData("Alex", "Alejandro", Agreement.Agree)]
    [InlineData("Alexandra", "Alejandra", Agreement.Partial)]
    [InlineData("Sophia", "Sofia", Agreement.Partial)]
    [InlineData("Henry", "Enrique", Agreement.Partial)]
    [InlineData("Alessandra", "Alesandra", Agreement.Partial)]
    [InlineData("Maximiliano", "Maximilano", Agreement.Partial)]
    [InlineData("Daniel", "Danial", Agreement.Partial)]
    [InlineData("Sofia", "Sofai", Agreement.Partial)]
    [InlineData("Luis", "Luiz", Agreement.Partial)]
    [InlineData("Bill", "Willam", Agreement.Partial)]
    [InlineData("Mateo", "Jeo", Agreement.Partial)]
    [InlineData("Jose", "Joseph", Agreement.Disagree)]
    [InlineData("Mason", "Jason", Agreement.Partial)]
    [InlineData("Ivan", "Evan", Agreement.Partial)]
    [InlineData("Jon", "Jan", Agreement.Partial)]
    [InlineData("Mason", "Jaylen", Agreement.Disagree)]
    [InlineData("Ian", "Eva", Agreement.Disagree)]
    [InlineData("Jayden", "Brayden", Agreement.Disagree)]
    [InlineData("Noah", "Noali", Agreement.Partial)]
    [InlineData("Emma", "Ernma", Agreement.Partial)]
    [InlineData("Adrián", "Aclrian", Agreement.Partial)]
    [InlineData("Noah", "Nicolette", Agreement.Disagree)]
    [InlineData("Daniela", "Mariana", Agreement.Disagree)]
    [InlineData("Daniela", null, Agreement.Missing)]
    public void First_names(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.FirstName, new StudentBlock([], FirstName: a), new StudentBlock([], FirstName: b)));
    }

    [Theory]
    [InlineData("Hernández", "Hernandez", Agreement.Agree)]
    [InlineData("Hernandez", "Hernandes", Agreement.Partial)]
    [InlineData("Martinez", "Martines", Agreement.Partial)]
    [InlineData("Johnson", "Jonson", Agreement.Partial)]
    [InlineData("Smith", "Smyth", Agreement.Partial)]
    [InlineData("Diaz", "Dias", Agreement.Partial)]
    [InlineData("Garcia", "Garza", Agreement.Disagree)]
    [InlineData("Hall", "Ball", Agreement.Partial)]
    [InlineData("Lee", "Lea", Agreement.Partial)]
    [InlineData("Hall", "Bell", Agreement.Disagree)]
    [InlineData("Lopez", "Perez", Agreement.Disagree)]
    [InlineData(null, "Lopez", Agreement.Missing)]
    public void Last_names(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.LastName, new StudentBlock([], LastName: a), new StudentBlock([], LastName: b)));
    }

    [Theory]
    [InlineData("2009-04-11", "2009-04-11", Agreement.Agree)]
    [InlineData("2009-04-11", "2009-11-04", Agreement.Partial)]
    [InlineData("2009-04-11", "2009-04-17", Agreement.Partial)]
    [InlineData("2009-04-11", "2008-04-11", Agreement.Partial)]
    [InlineData("2009-04-11", "2009-05-17", Agreement.Disagree)]
    [InlineData("2009-04-12", "2009-04-21", Agreement.Disagree)]
    [InlineData("2009-04-20", "2010-07-03", Agreement.Disagree)]
    [InlineData("2009-04-11", null, Agreement.Missing)]
    public void Birth_dates(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.BirthDate, new StudentBlock([], BirthDate: Date(a)), new StudentBlock([], BirthDate: Date(b))));
    }

    [Theory]
    [InlineData("1450 Alvarado Street", "1450 ALVARADO ST.", Agreement.Agree)]
    [InlineData("123 Main St Apt 4", "123 Main St Apt 5", Agreement.Partial)]
    [InlineData("123 Main St", "321 Main St", Agreement.Disagree)]
    [InlineData("123 Main St", "88 Palm Avenue", Agreement.Disagree)]
    [InlineData("123 Main St", null, Agreement.Missing)]
    public void Street_addresses(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.StreetAddress, new StudentBlock([], StreetAddress: a), new StudentBlock([], StreetAddress: b)));
    }

    [Theory]
    [InlineData("90026", "90026-1234", Agreement.Agree)]
    [InlineData("90026", "90012", Agreement.Partial)]
    [InlineData("90026", "93701", Agreement.Disagree)]
    [InlineData(null, "93701", Agreement.Missing)]
    public void Postal_codes(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.PostalCode, new StudentBlock([], PostalCode: a), new StudentBlock([], PostalCode: b)));
    }

    [Theory]
    [InlineData("F", "female", Agreement.Agree)]
    [InlineData("F", "M", Agreement.Disagree)]
    [InlineData(null, "M", Agreement.Missing)]
    public void Sex(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.Sex, new StudentBlock([], Sex: a), new StudentBlock([], Sex: b)));
    }

    [Theory]
    [InlineData("Los Angeles", "los  angeles", Agreement.Agree)]
    [InlineData("Los Angeles", "Fresno", Agreement.Disagree)]
    [InlineData("Los Angeles", null, Agreement.Missing)]
    public void Cities(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.City, new StudentBlock([], City: a), new StudentBlock([], City: b)));
    }

    [Theory]
    [InlineData("ssn:one", "ssn:one", Agreement.Agree)]
    [InlineData("ssn:one", "ssn:two", Agreement.Disagree)]
    [InlineData(null, "ssn:two", Agreement.Missing)]
    public void Ssns(string? a, string? b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.Ssn, new StudentBlock([], SsnToken: a), new StudentBlock([], SsnToken: b)));
    }

    [Theory]
    [InlineData("123456789", "123-45-6789", Agreement.Agree)]
    [InlineData("123456789", "023456789", Agreement.Partial)]
    [InlineData("123456789", "123406789", Agreement.Partial)]
    [InlineData("123456789", "123456780", Agreement.Partial)]
    [InlineData("123456789", "213456789", Agreement.Partial)]
    [InlineData("123456789", "123465789", Agreement.Partial)]
    [InlineData("123456789", "153426789", Agreement.Disagree)]
    [InlineData("123456789", "123456700", Agreement.Partial)]
    [InlineData("123456789", "120456780", Agreement.Disagree)]
    [InlineData("123456789", "987654321", Agreement.Disagree)]
    public void Ssns_that_differ_only_in_two_neighbouring_digits_are_partial(string a, string b, Agreement expected)
    {
        Assert.Equal(expected, Level(MatchField.Ssn, WithSsn(new StudentBlock([]), a), WithSsn(new StudentBlock([]), b)));
    }

    [Theory]
    [InlineData("123456789", Agreement.Agree)]
    [InlineData("023456789", Agreement.Disagree)]
    public void An_ssn_without_near_tokens_compares_exactly(string other, Agreement expected)
    {
        var fromTheLog = WithSsn(new StudentBlock([]), "123456789") with { SsnNearTokens = null };

        Assert.Null(Fingerprint(fromTheLog).SsnNear);
        Assert.Equal(expected, Level(MatchField.Ssn, fromTheLog, WithSsn(new StudentBlock([]), other)));
        Assert.Equal(expected, Level(MatchField.Ssn, WithSsn(new StudentBlock([]), other), fromTheLog));
    }

    [Theory]
    [InlineData("Hernández", "Daniela", Agreement.Agree, Agreement.Agree)]
    [InlineData("Hernandez", "Daniela", Agreement.Agree, Agreement.Agree)]
    [InlineData("Hernandes", "Daniela", Agreement.Agree, Agreement.Partial)]
    [InlineData("Hernádnez", "Daniela", Agreement.Agree, Agreement.Partial)]
    [InlineData("Hernández", "Danniela", Agreement.Partial, Agreement.Agree)]
    [InlineData("Hernández", "Danilea", Agreement.Partial, Agreement.Agree)]
    [InlineData("Hernandes", "Danilea", Agreement.Disagree, Agreement.Disagree)]
    [InlineData("Garza", "Daniela", Agreement.Disagree, Agreement.Disagree)]
    [InlineData("Hernández", "Mariana", Agreement.Disagree, Agreement.Disagree)]
    [InlineData("Hernández", null, Agreement.Disagree, Agreement.Missing)]
    public void Given_and_family_names_swapped_agree_on_both_names_or_compare_across_with_a_typo(
        string? firstName, string? lastName, Agreement first, Agreement last)
    {
        var pattern = Compare(Daniela, Daniela with { FirstName = firstName, LastName = lastName });

        Assert.Equal(first, pattern[MatchField.FirstName]);
        Assert.Equal(last, pattern[MatchField.LastName]);
    }

    [Fact]
    public void Comparison_is_symmetric()
    {
        var others = new[]
        {
            Daniela with { FirstName = "Dani", LastName = "Hernandes", BirthDate = new DateOnly(2009, 11, 4) },
            Daniela with { StreetAddress = "1405 Alvarado Street", PostalCode = "90012", Sex = null },
            new StudentBlock([], FirstName: "Mason", LastName: "Okafor", BirthDate: new DateOnly(2009, 4, 17)),
            Daniela with { FirstName = "Hernandez", LastName = "Daniela" },
        };

        foreach (var other in others)
        {
            Assert.Equal(Compare(Daniela, other), Compare(other, Daniela));
        }
    }

    [Fact]
    public void Comparison_allocates_nothing()
    {
        var a = Fingerprint(Daniela);
        var b = Fingerprint(Daniela with { FirstName = "Danielle", LastName = "Hernandes", BirthDate = new DateOnly(2009, 11, 4), PostalCode = "90012" });
        var c = Fingerprint(Daniela with { FirstName = "Mariana", LastName = "Okafor" });
        RecordComparator.Compare(a, b);
        RecordComparator.Compare(a, c);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            RecordComparator.Compare(a, b);
            RecordComparator.Compare(a, c);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static Agreement Level(MatchField field, StudentBlock a, StudentBlock b) => Compare(a, b)[field];

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
