using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Identity.Febrl;

namespace CradleToCareer.LoadTool.Tests.Identity.Febrl;

public sealed class FebrlStudentTests
{
    private static readonly StudentId Id = new("local:cds:00000000000001", "t-000001");

    private static FebrlRecord Record(
        string? given = "lachlan", string? street = "6", string? address1 = "tullaroop street", string? address2 = "willaroo",
        string? dateOfBirth = "19081209") =>
        new("rec-1-org", 1, true, given, "waller", street, address1, address2, "st james", "4011", dateOfBirth, "6988048");

    [Fact]
    public void Maps_every_field_of_the_student_block()
    {
        var expected = new StudentBlock(
            [Id], "lachlan", null, "waller", new DateOnly(1908, 12, 9), null, "6 tullaroop street, willaroo", "st james", "04011", "506-98-8048");

        var student = FebrlStudent.Of(Record(), Id);

        Assert.Equal(expected, student with { Ids = expected.Ids });
        Assert.Equal([Id], student.Ids);
    }

    [Fact]
    public void Blank_fields_stay_absent()
    {
        var student = FebrlStudent.Of(Record(given: null, street: null, address1: null, address2: null, dateOfBirth: null), Id);

        Assert.Null(student.FirstName);
        Assert.Null(student.StreetAddress);
        Assert.Null(student.BirthDate);
        Assert.Null(student.Sex);
    }

    [Theory]
    [InlineData("6", "tullaroop street", null, "6 tullaroop street")]
    [InlineData(null, "tullaroop street", "willaroo", "tullaroop street, willaroo")]
    [InlineData(null, null, "willaroo", "willaroo")]
    [InlineData("6", null, null, "6")]
    public void The_street_address_joins_what_is_there(string? number, string? address1, string? address2, string expected) =>
        Assert.Equal(expected, FebrlStudent.StreetAddress(Record(street: number, address1: address1, address2: address2)));

    [Theory]
    [InlineData("19620231")]
    [InlineData("19621301")]
    [InlineData("18991231")]
    [InlineData("1962021")]
    [InlineData("196202xx")]
    public void A_date_of_birth_that_is_not_a_valid_date_is_left_out(string text) => Assert.Null(FebrlStudent.BirthDate(text));

    [Fact]
    public void A_valid_date_of_birth_is_read_as_year_month_day() =>
        Assert.Equal(new DateOnly(1999, 2, 19), FebrlStudent.BirthDate("19990219"));

    [Fact]
    public void Postcodes_map_one_to_one_to_five_digits()
    {
        Assert.Equal("02776", FebrlStudent.PostalCode("2776"));
        Assert.Equal("00800", FebrlStudent.PostalCode("0800"));
        Assert.Null(FebrlStudent.PostalCode("27760"));
        Assert.Null(FebrlStudent.PostalCode("27a6"));
    }

    [Fact]
    public void Social_security_ids_map_digit_for_digit_to_an_ssn_in_3_2_4_shape()
    {
        Assert.Equal("500-00-0000", FebrlStudent.Ssn("0000000"));
        Assert.Equal("509-99-9999", FebrlStudent.Ssn("9999999"));
        Assert.Equal("501-23-4567", FebrlStudent.Ssn("1234567"));
        Assert.Null(FebrlStudent.Ssn("123456"));
        Assert.Null(FebrlStudent.Ssn(null));
    }
}
