using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Matching;
using static CradleToCareer.Domain.Tests.Matching.MatchingTestData;

namespace CradleToCareer.Domain.Tests.Matching;

/// <summary>Whole pairs through encode, compare, score and classify with the default weights and thresholds.</summary>
public class MatchScenarioTests
{
    private static readonly StudentBlock Moved = Daniela with { StreetAddress = "88 Palm Avenue", City = "Fresno", PostalCode = "93701" };

    [Fact]
    public void A_surname_typo_after_a_move_is_a_link()
    {
        var later = Moved with { LastName = "Hernandes" };

        Assert.Equal(Agreement.Partial, Compare(Daniela, later)[MatchField.LastName]);
        Assert.Equal(MatchClass.Link, Classify(Daniela, later));
        Assert.NotEmpty(SharedBlockingKeys(Daniela, later));
    }

    [Fact]
    public void A_first_name_typo_is_a_link()
    {
        var daniel = new StudentBlock([], FirstName: "Daniel", LastName: "Okafor", BirthDate: new DateOnly(2010, 6, 15), Sex: "M", StreetAddress: "77 Grand Ave", City: "Oakland", PostalCode: "94612");
        var typo = daniel with { FirstName = "Danial" };

        Assert.Equal(Agreement.Partial, Compare(daniel, typo)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Link, Classify(daniel, typo));
        Assert.NotEmpty(SharedBlockingKeys(daniel, typo));
    }

    [Fact]
    public void A_nickname_is_a_link()
    {
        var william = new StudentBlock([], FirstName: "William", LastName: "Okafor", BirthDate: new DateOnly(2010, 6, 15), Sex: "M", StreetAddress: "77 Grand Ave", City: "Oakland", PostalCode: "94612");
        var bill = william with { FirstName = "Bill" };

        Assert.Equal(MatchClass.Link, Classify(william, bill));
        Assert.NotEmpty(SharedBlockingKeys(william, bill));
    }

    [Fact]
    public void Given_and_family_names_swapped_is_a_link()
    {
        var swapped = Daniela with { FirstName = "Hernández", LastName = "Daniela" };

        Assert.Equal(MatchClass.Link, Classify(Daniela, swapped));
    }

    [Fact]
    public void A_swapped_day_and_month_is_a_link()
    {
        var swapped = Daniela with { BirthDate = new DateOnly(2009, 11, 4) };

        Assert.Equal(Agreement.Partial, Compare(Daniela, swapped)[MatchField.BirthDate]);
        Assert.Equal(MatchClass.Link, Classify(Daniela, swapped));
        Assert.NotEmpty(SharedBlockingKeys(Daniela, swapped));
    }

    [Fact]
    public void A_birth_date_one_digit_off_is_a_link()
    {
        var typo = Daniela with { BirthDate = new DateOnly(2009, 4, 17) };

        Assert.Equal(Agreement.Partial, Compare(Daniela, typo)[MatchField.BirthDate]);
        Assert.Equal(MatchClass.Link, Classify(Daniela, typo));
        Assert.NotEmpty(SharedBlockingKeys(Daniela, typo));
    }

    [Fact]
    public void Missing_sex_address_and_ssn_on_one_side_is_a_link_when_name_and_birth_date_agree()
    {
        var complete = Daniela with { SsnToken = "ssn:daniela" };
        var sparse = new StudentBlock([], FirstName: "Daniela", LastName: "Hernandez", BirthDate: new DateOnly(2009, 4, 11));

        var pattern = Compare(complete, sparse);

        Assert.Equal(Agreement.Missing, pattern[MatchField.Sex]);
        Assert.Equal(Agreement.Missing, pattern[MatchField.Ssn]);
        Assert.Equal(MatchClass.Link, Classify(complete, sparse));
    }

    [Fact]
    public void Twins_are_reviewed_not_linked()
    {
        var twin = Daniela with { FirstName = "Mariana" };

        var score = Score(Daniela, twin);

        Assert.True(score.Total >= MatchThresholds.Default.Upper, "household agreement alone passes the upper threshold");
        Assert.Equal(MatchClass.Review, MatchThresholds.Default.Classify(score));
    }

    [Fact]
    public void Twins_with_ssns_of_their_own_are_reviewed_not_linked()
    {
        var daniela = Daniela with { SsnToken = "ssn:daniela" };
        var mariana = Daniela with { FirstName = "Mariana", SsnToken = "ssn:mariana" };

        Assert.Equal(MatchClass.Review, Classify(daniela, mariana));
    }

    [Fact]
    public void A_mistyped_ssn_with_a_first_name_typo_after_a_move_is_a_link()
    {
        var first = WithSsn(Daniela, "123456789");
        var later = WithSsn(Moved with { FirstName = "Dainela" }, "123465789");

        Assert.Equal(Agreement.Partial, Compare(first, later)[MatchField.Ssn]);
        Assert.Equal(Agreement.Partial, Compare(first, later)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Link, Classify(first, later));
        Assert.NotEqual(MatchClass.Link, Classify(first, WithSsn(later, "987654321")));
    }

    /// <summary>
    /// SSNs issued before 2011 were often consecutive for twins, one apart in the last digits: under different first
    /// names such SSNs compare as different (<see cref="RecordComparator"/>), so the twins are reviewed, not linked.
    /// </summary>
    [Theory]
    [InlineData("123456789")]
    [InlineData("123456790")]
    [InlineData("123456787")]
    public void Twins_with_ssns_issued_in_sequence_are_reviewed_not_linked(string marianasSsn)
    {
        var daniela = WithSsn(Daniela, "123456788");
        var mariana = WithSsn(Daniela with { FirstName = "Mariana" }, marianasSsn);

        Assert.Equal(Agreement.Disagree, Compare(daniela, mariana)[MatchField.Ssn]);
        Assert.Equal(Agreement.Disagree, Compare(daniela, mariana)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Review, Classify(daniela, mariana));
        Assert.Equal(Agreement.Partial, Compare(daniela, mariana with { FirstName = "Daniela" })[MatchField.Ssn]);
    }

    /// <summary>
    /// A record whose given name was replaced and whose SSN was mistyped away from the last two digits: no twin's SSN
    /// differs that way, so the nearly equal SSN outweighs the other first name (a FEBRL duplicate, Caitlin and Lauren
    /// Panagaris).
    /// </summary>
    [Fact]
    public void Another_first_name_with_an_ssn_mistyped_early_is_a_link()
    {
        var daniela = WithSsn(Daniela, "123456789");
        var renamed = WithSsn(Daniela with { FirstName = "Lauren" }, "123546789");

        Assert.Equal(Agreement.Partial, Compare(daniela, renamed)[MatchField.Ssn]);
        Assert.Equal(MatchClass.Link, Classify(daniela, renamed));
    }

    [Fact]
    public void Twins_with_paired_names_are_reviewed_not_linked()
    {
        var gabriel = new StudentBlock([], FirstName: "Gabriel", LastName: "Ramírez", BirthDate: new DateOnly(2011, 2, 8), Sex: "M", StreetAddress: "310 E 4th St", City: "Santa Ana", PostalCode: "92701");
        var gabriela = gabriel with { FirstName = "Gabriela", Sex = "F" };

        Assert.Equal(Agreement.Partial, Compare(gabriel, gabriela)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Review, Classify(gabriel, gabriela));
    }

    [Fact]
    public void Twins_with_names_two_edits_apart_are_reviewed_not_linked()
    {
        var mason = new StudentBlock([], FirstName: "Mason", LastName: "Okafor", BirthDate: new DateOnly(2012, 9, 3), Sex: "M", StreetAddress: "77 Grand Ave", City: "Oakland", PostalCode: "94612");
        var jayden = mason with { FirstName = "Jaylen" };

        Assert.Equal(Agreement.Disagree, Compare(mason, jayden)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Review, Classify(mason, jayden));
    }

    /// <summary>
    /// The accepted weak spot of the edit rule: twins of one sex whose names are one edit apart
    /// (Adrian/Adrien, Mason/Jason) have a Partial first name, and with everything else agreeing they link.
    /// </summary>
    [Fact]
    public void Same_sex_twins_with_names_one_letter_apart_are_linked()
    {
        var adrian = new StudentBlock([], FirstName: "Adrian", LastName: "Ramírez", BirthDate: new DateOnly(2011, 2, 8), Sex: "M", StreetAddress: "310 E 4th St", City: "Santa Ana", PostalCode: "92701");
        var adrien = adrian with { FirstName = "Adrien" };

        Assert.Equal(Agreement.Partial, Compare(adrian, adrien)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Link, Classify(adrian, adrien));
    }

    [Fact]
    public void Twins_of_different_sex_with_names_one_letter_apart_are_reviewed_not_linked()
    {
        var mario = new StudentBlock([], FirstName: "Mario", LastName: "Ramírez", BirthDate: new DateOnly(2011, 2, 8), Sex: "M", StreetAddress: "310 E 4th St", City: "Santa Ana", PostalCode: "92701");
        var maria = mario with { FirstName = "Maria", Sex = "F" };

        Assert.Equal(Agreement.Partial, Compare(mario, maria)[MatchField.FirstName]);
        Assert.Equal(MatchClass.Review, Classify(mario, maria));
    }

    [Fact]
    public void Two_students_with_a_common_name_born_the_same_year_elsewhere_are_no_match()
    {
        var jose = new StudentBlock([], FirstName: "José", LastName: "García", BirthDate: new DateOnly(2010, 2, 14), Sex: "M", StreetAddress: "1201 S Figueroa St", City: "Los Angeles", PostalCode: "90015");
        var otherJose = jose with { BirthDate = new DateOnly(2010, 9, 23), StreetAddress = "4500 Kings Canyon Rd", City = "Fresno", PostalCode = "93702" };

        var pattern = Compare(jose, otherJose);

        Assert.Equal(Agreement.Agree, pattern[MatchField.FirstName]);
        Assert.Equal(Agreement.Agree, pattern[MatchField.LastName]);
        Assert.Equal(Agreement.Disagree, pattern[MatchField.BirthDate]);
        Assert.Equal(MatchClass.NonMatch, Classify(jose, otherJose));
    }

    /// <summary>
    /// Same first name, surname and birth date, nothing else in common, nothing else known: about 19
    /// bits, a link. It must be: the surname-typo-after-a-move pair links with strictly less evidence
    /// (a Partial surname instead of an Agree), and the weights do not know how common a name is.
    /// For a rare name two students sharing all three are almost surely one; for a very common one
    /// (two José Garcías born the same day) it is the known weak spot of weights without name frequencies.
    /// </summary>
    [Fact]
    public void Same_name_and_birth_date_and_nothing_else_in_common_is_a_link()
    {
        var elsewhere = new StudentBlock([], FirstName: "Daniela", LastName: "Hernández", BirthDate: new DateOnly(2009, 4, 11), StreetAddress: "88 Palm Avenue", City: "Fresno", PostalCode: "93701");
        var here = elsewhere with { StreetAddress = "1450 Alvarado Street", City = "Los Angeles", PostalCode = "90026" };

        var score = Score(here, elsewhere);

        Assert.InRange(score.Total, MatchThresholds.Default.Upper, MatchThresholds.Default.Upper + 10);
        Assert.Equal(MatchClass.Link, MatchThresholds.Default.Classify(score));
    }

    [Fact]
    public void Different_ssns_are_a_link_only_when_the_first_name_and_birth_date_agree()
    {
        var a = Daniela with { SsnToken = "ssn:first" };
        var b = Daniela with { SsnToken = "ssn:second" };

        Assert.Equal(MatchClass.Link, Classify(a, b));
        Assert.Equal(MatchClass.Review, Classify(a, b with { BirthDate = new DateOnly(2009, 11, 4) }));
        Assert.Equal(MatchClass.Review, Classify(a, b with { FirstName = "Mariana" }));
    }

    [Fact]
    public void Another_surname_links_only_at_the_same_home_with_the_same_first_name_and_birth_date()
    {
        var married = Daniela with { LastName = "Okafor" };
        var typoInTheStreet = married with { StreetAddress = Daniela.StreetAddress!.Replace("Street", "Stret", StringComparison.Ordinal) };

        Assert.Equal(Agreement.Disagree, Compare(Daniela, married)[MatchField.LastName]);
        Assert.Equal(MatchClass.Link, Classify(Daniela, married));
        Assert.Equal(Agreement.Partial, Compare(Daniela, typoInTheStreet)[MatchField.StreetAddress]);
        Assert.Equal(MatchClass.Link, Classify(Daniela, typoInTheStreet));
        Assert.Equal(MatchClass.Review, Classify(Daniela, married with { StreetAddress = "88 Palm Avenue" }));
    }

    [Fact]
    public void A_sex_miscoded_on_one_record_is_a_link()
    {
        Assert.Equal(MatchClass.Link, Classify(Daniela, Daniela with { Sex = "M" }));
    }
}
