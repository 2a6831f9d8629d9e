using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Identity.Febrl;
using CradleToCareer.Testing;

namespace CradleToCareer.LoadTool.Tests.Identity.Febrl;

public sealed class FebrlCsvTests
{
    private const string Header =
        "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

    private static IReadOnlyList<FebrlRecord> Read(string text) => FebrlCsv.Read(new StringReader(text), "sample.csv");

    [Fact]
    public void Reads_every_field_with_the_space_after_each_comma_skipped()
    {
        var records = Read($"""
            {Header}
            rec-223-org, lachlan, waller, 6, tullaroop street, willaroo, st james, 4011, wa, 19081209, 6988048
            """);

        Assert.Equal(
            new FebrlRecord(
                "rec-223-org", 223, true, "lachlan", "waller", "6", "tullaroop street", "willaroo", "st james", "4011", "19081209", "6988048"),
            Assert.Single(records));
    }

    [Fact]
    public void Blank_fields_are_null_and_a_duplicate_names_its_person()
    {
        var record = Assert.Single(Read($"""
            {Header}
            rec-10-dup-3, , harrington, , maltby circuit, , coolaroo, 3465, nsw, , 9004242
            """));

        Assert.Equal((10, false), (record.PersonNumber, record.IsOriginal));
        Assert.Null(record.GivenName);
        Assert.Null(record.StreetNumber);
        Assert.Null(record.Address2);
        Assert.Null(record.DateOfBirth);
        Assert.Equal("harrington", record.Surname);
    }

    [Fact]
    public void Columns_are_found_by_their_header_names()
    {
        var record = Assert.Single(Read("""
            soc_sec_id, surname, given_name, rec_id, date_of_birth, postcode, suburb, address_2, address_1, street_number
            1234567, berry, lachlan, rec-5-org, 19990219, 4814, bittern, killarney, giblin street, 69
            """));

        Assert.Equal(("lachlan", "berry", "1234567", "69"), (record.GivenName, record.Surname, record.SocSecId, record.StreetNumber));
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var e = Assert.Throws<ToolException>(() => Read("rec_id, given_name, surname\nrec-1-org, a, b"));

        Assert.Contains("street_number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_another_field_count_is_named_by_its_number()
    {
        var e = Assert.Throws<ToolException>(() => Read($"""
            {Header}
            rec-1-org, a, b, 1, x street, , town, 2000, nsw, 19700101, 1234567
            rec-2-org, a, b, 1, x street, town, 2000, nsw, 19700101, 1234567
            """));

        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rec-1")]
    [InlineData("rec-x-org")]
    [InlineData("rec-1-dup")]
    public void An_unreadable_rec_id_stops_the_read(string recId)
    {
        var e = Assert.Throws<ToolException>(() => Read($"{Header}\n{recId}, a, b, 1, x street, , town, 2000, nsw, 19700101, 1234567"));

        Assert.Contains(recId, e.Message, StringComparison.Ordinal);
    }

    [SharedFileFact("data/febrl/dataset1.csv")]
    public void Dataset1_has_the_records_and_true_pairs_its_readme_gives()
    {
        var records = FebrlCsv.ReadFile(SharedFolder.FileAt("data/febrl/dataset1.csv")!);

        Assert.Equal(1_000, records.Count);
        Assert.Equal(500, records.GroupBy(r => r.PersonNumber).Sum(person => person.Count() * (person.Count() - 1) / 2));
    }
}
