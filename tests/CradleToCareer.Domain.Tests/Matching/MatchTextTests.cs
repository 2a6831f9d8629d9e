using CradleToCareer.Domain.Matching;

namespace CradleToCareer.Domain.Tests.Matching;

public class MatchTextTests
{
    [Theory]
    [InlineData("O'Brien-Núñez", "obriennunez")]
    [InlineData("  MARÍA  josé ", "mariajose")]
    [InlineData("Nguyễn", "nguyen")]
    [InlineData("Dương", "duong")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    [InlineData("Jose\u0301", "jose")]
    [InlineData("Ștefan", "stefan")]
    [InlineData("De la Cruz 3rd", "delacruzrd")]
    public void Names_keep_only_folded_lower_case_letters(string name, string expected)
    {
        Assert.Equal(expected, MatchText.Letters(name));
    }

    [Theory]
    [InlineData('ſ', "s")]
    [InlineData('ž', "z")]
    [InlineData('ı', "i")]
    [InlineData('ĳ', "ij")]
    [InlineData('Ł', "l")]
    [InlineData('ő', "o")]
    [InlineData('ű', "u")]
    [InlineData('ÿ', "y")]
    [InlineData('Ç', "c")]
    [InlineData('ỹ', "y")]
    [InlineData('Ж', "ж")]
    public void Folding_tables_line_up_with_their_code_points(char letter, string expected)
    {
        Span<char> folded = stackalloc char[LatinFolding.MaxLength];

        var length = LatinFolding.Fold(letter, folded);

        Assert.Equal(expected, new string(folded[..length]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" -- '. ")]
    public void Nothing_usable_is_missing(string? value)
    {
        Assert.Null(MatchText.Letters(value));
        Assert.Null(MatchText.Words(value));
        Assert.Null(MatchText.Street(value));
        Assert.Null(MatchText.SexCode(value));
        Assert.Null(MatchText.PostalCode(value));
    }

    [Theory]
    [InlineData("123 North Main Street, Apt. 4", "123 n main st apt 4")]
    [InlineData("123 N. MAIN ST  #4", "123 n main st 4")]
    [InlineData("1200 El Camino Real", "1200 el camino real")]
    [InlineData("55 O'Farrell Boulevard, Suite 200", "55 ofarrell blvd ste 200")]
    [InlineData("9 Avenida César Chávez", "9 ave cesar chavez")]
    public void Street_addresses_are_single_spaced_words_with_suffixes_abbreviated(string street, string expected)
    {
        Assert.Equal(expected, MatchText.Street(street));
    }

    [Fact]
    public void Cities_are_single_spaced_words_of_letters()
    {
        Assert.Equal("san jose", MatchText.Words("  San   José, "));
    }

    [Theory]
    [InlineData("94110", "94110")]
    [InlineData("94110-1234", "94110")]
    [InlineData("CA 941101234", "94110")]
    [InlineData("9411", null)]
    public void Postal_codes_are_the_first_five_digits(string postalCode, string? expected)
    {
        Assert.Equal(expected, MatchText.PostalCode(postalCode));
    }

    [Theory]
    [InlineData("female", "F")]
    [InlineData(" m", "M")]
    [InlineData("X", "X")]
    public void Sex_is_the_upper_case_first_letter(string sex, string expected)
    {
        Assert.Equal(expected, MatchText.SexCode(sex));
    }
}
