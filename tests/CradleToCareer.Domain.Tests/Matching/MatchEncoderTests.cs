using System.Text.Json;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Matching;
using static CradleToCareer.Domain.Tests.Matching.MatchingTestData;

namespace CradleToCareer.Domain.Tests.Matching;

public class MatchEncoderTests
{
    private const string SsnToken = "ssn:q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MatchEncoder(new byte[31]));
        Assert.Throws<ArgumentNullException>(() => new MatchEncoder(null!));
    }

    [Fact]
    public void The_fingerprint_and_blocking_keys_hold_no_clear_text()
    {
        var encoded = Encoder.Encode(Daniela with { SsnToken = SsnToken });

        var json = JsonSerializer.Serialize(encoded);

        foreach (var clear in new[] { "daniela", "hernandez", "hernández", "sofia", "alvarado", "angeles", "20090411", "2009-04-11", "90026", SsnToken, SsnToken["ssn:".Length..] })
        {
            Assert.DoesNotContain(clear, json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(encoded.BlockingKeys, key => Assert.Matches("^bk:(ssn|birth|name-year|given-zip|surname-zip|names-zip):[A-Za-z0-9_-]{22}$", key));
    }

    [Fact]
    public void A_student_whose_birth_date_and_first_name_both_changed_shares_the_surname_zip_key()
    {
        var retyped = Daniela with { FirstName = "Mariana", BirthDate = new DateOnly(2008, 11, 4) };

        var shared = Encoder.Encode(Daniela).BlockingKeys.Intersect(Encoder.Encode(retyped).BlockingKeys);

        Assert.Equal([BlockingKinds.SurnameZip], shared.Select(BlockingKinds.KindOf));
    }

    [Fact]
    public void Ssn_near_tokens_become_eight_tokens_in_their_order_that_hold_none_of_them()
    {
        var student = WithSsn(Daniela, "123456789");

        var encoded = Encoder.Encode(student);

        var near = encoded.Fingerprint.SsnNear!;
        Assert.Equal(8, near.Length);
        Assert.Equal(8, near.Distinct().Count());
        var firstDigitOff = Fingerprint(WithSsn(Daniela, "023456789")).SsnNear!;
        Assert.Equal([0], Enumerable.Range(0, 8).Where(i => near[i] == firstDigitOff[i]));
        var json = JsonSerializer.Serialize(encoded);
        Assert.All(student.SsnNearTokens!, token => Assert.DoesNotContain(token["ssn-near:".Length..], json, StringComparison.Ordinal));
        Assert.DoesNotContain("123456789", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_tokens_without_an_ssn_token_are_left_out()
    {
        var nearOnly = Daniela with { SsnNearTokens = SsnTokenizer.NearTokens("123456789") };

        Assert.Null(Fingerprint(nearOnly).SsnNear);
        Assert.Null(Fingerprint(Daniela with { SsnToken = SsnToken }).SsnNear);
    }

    [Fact]
    public void A_fingerprint_read_back_from_json_compares_like_the_original()
    {
        var original = Fingerprint(Daniela with { SsnToken = SsnToken });
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var copy = JsonSerializer.Deserialize<MatchFingerprint>(JsonSerializer.Serialize(original, options), options)!;

        var pattern = RecordComparator.Compare(original, copy);
        Assert.All(Enum.GetValues<MatchField>(), field => Assert.Equal(Agreement.Agree, pattern[field]));
        Assert.Equal(original.FirstNameGrams, copy.FirstNameGrams);
        Assert.Equal(original.BirthDateDigits, copy.BirthDateDigits);
        Assert.Equal(original.FirstNameEdits, copy.FirstNameEdits);
        Assert.Equal(original.LastNameEdits, copy.LastNameEdits);
    }

    [Fact]
    public void Every_field_of_a_complete_record_is_present_and_filters_have_512_bits()
    {
        var fingerprint = Fingerprint(Daniela with { SsnToken = SsnToken });

        Assert.NotNull(fingerprint.FirstName);
        Assert.NotNull(fingerprint.LastName);
        Assert.NotNull(fingerprint.BirthDate);
        Assert.NotNull(fingerprint.BirthDateSwapped);
        Assert.NotNull(fingerprint.Sex);
        Assert.NotNull(fingerprint.StreetAddress);
        Assert.NotNull(fingerprint.City);
        Assert.NotNull(fingerprint.PostalCode);
        Assert.NotNull(fingerprint.PostalArea);
        Assert.NotNull(fingerprint.Ssn);
        Assert.Equal(8, fingerprint.BirthDateDigits?.Length);
        Assert.NotNull(fingerprint.FirstNameEdits);
        Assert.NotNull(fingerprint.LastNameEdits);
        Assert.All(new[] { fingerprint.FirstNameGrams, fingerprint.LastNameGrams, fingerprint.StreetAddressGrams }, grams => Assert.Equal(8, grams?.Length));
    }

    [Fact]
    public void A_record_without_fields_has_an_empty_fingerprint_and_no_blocking_keys()
    {
        var encoded = Encoder.Encode(new StudentBlock([], FirstName: " ", PostalCode: "94"));

        Assert.Equal(new MatchFingerprint(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), encoded.Fingerprint);
        Assert.Empty(encoded.BlockingKeys);
    }

    [Fact]
    public void Another_key_gives_other_tokens_filters_and_blocking_keys()
    {
        var mine = Encoder.Encode(Daniela);
        var theirs = new MatchEncoder(OtherKey).Encode(Daniela);

        Assert.NotEqual(mine.Fingerprint.FirstName, theirs.Fingerprint.FirstName);
        Assert.NotEqual(mine.Fingerprint.BirthDate, theirs.Fingerprint.BirthDate);
        Assert.NotEqual(mine.Fingerprint.PostalCode, theirs.Fingerprint.PostalCode);
        Assert.NotEqual(mine.Fingerprint.LastNameGrams, theirs.Fingerprint.LastNameGrams);
        Assert.Empty(mine.BlockingKeys.Intersect(theirs.BlockingKeys));
    }

    [Fact]
    public void The_same_key_gives_the_same_tokens_after_normalization()
    {
        var plain = Fingerprint(Daniela);
        var shouted = Fingerprint(Daniela with { FirstName = "DANIELA", LastName = "HERNANDEZ", StreetAddress = "1450 alvarado st.", City = "LOS  ANGELES", PostalCode = "90026-4411", Sex = "female" });

        Assert.Equal(plain.FirstName, shouted.FirstName);
        Assert.Equal(plain.LastName, shouted.LastName);
        Assert.Equal(plain.StreetAddress, shouted.StreetAddress);
        Assert.Equal(plain.City, shouted.City);
        Assert.Equal(plain.PostalCode, shouted.PostalCode);
        Assert.Equal(plain.Sex, shouted.Sex);
        Assert.Equal(plain.LastNameGrams, shouted.LastNameGrams);
    }

    [Fact]
    public void Fields_are_domain_separated()
    {
        var fingerprint = Fingerprint(new StudentBlock([], FirstName: "James", LastName: "James", StreetAddress: "James", City: "James"));

        Assert.Equal(4, new[] { fingerprint.FirstName, fingerprint.LastName, fingerprint.StreetAddress, fingerprint.City }.Distinct().Count());
        Assert.NotEqual(fingerprint.FirstNameGrams, fingerprint.LastNameGrams);
        Assert.DoesNotContain(fingerprint.FirstName!.Value, fingerprint.FirstNameEdits!);
        Assert.Empty(fingerprint.FirstNameEdits!.Intersect(fingerprint.LastNameEdits!));
    }

    [Theory]
    [InlineData("Daniel", 7)]
    [InlineData("William", 7)]
    [InlineData("Anna", 4)]
    [InlineData("Lee", 3)]
    public void Name_edit_tokens_are_the_name_and_its_deletions_sorted_and_distinct(string name, int count)
    {
        var edits = Fingerprint(new StudentBlock([], LastName: name)).LastNameEdits!;

        Assert.Equal(count, edits.Length);
        Assert.Equal(edits.Order().Distinct(), edits);
    }

    [Theory]
    [InlineData("Daniel", "Danial", true)]
    [InlineData("Daniel", "Daneil", true)]
    [InlineData("Daniel", "Danie", true)]
    [InlineData("Daniel", "Danniel", true)]
    [InlineData("Daniel", "Xaniel", true)]
    [InlineData("Daniel", "aniel", true)]
    [InlineData("Daniel", "Danelle", false)]
    [InlineData("Daniel", "Daniella", false)]
    public void Names_one_edit_apart_share_an_edit_token(string a, string b, bool shared)
    {
        var first = Fingerprint(new StudentBlock([], LastName: a)).LastNameEdits!;
        var second = Fingerprint(new StudentBlock([], LastName: b)).LastNameEdits!;

        Assert.Equal(shared, first.Intersect(second).Any());
    }

    [Fact]
    public void Names_shorter_than_three_letters_have_no_edit_tokens_of_their_own()
    {
        Assert.Null(Fingerprint(new StudentBlock([], FirstName: "Bo", LastName: "Li")).FirstNameEdits);
        Assert.Null(Fingerprint(new StudentBlock([], LastName: "Li")).LastNameEdits);
    }

    [Fact]
    public void First_name_edit_tokens_include_those_of_the_nickname_root()
    {
        var ed = Fingerprint(new StudentBlock([], FirstName: "Ed")).FirstNameEdits!;
        var edward = Fingerprint(new StudentBlock([], FirstName: "Edward")).FirstNameEdits!;
        var bill = Fingerprint(new StudentBlock([], FirstName: "Bill")).FirstNameEdits!;
        var willam = Fingerprint(new StudentBlock([], FirstName: "Willam")).FirstNameEdits!;

        Assert.Equal(edward, ed);
        Assert.NotEmpty(bill.Intersect(willam));
    }

    [Fact]
    public void The_first_name_roots_are_the_tokens_of_the_nickname_roots_or_of_the_name_itself()
    {
        var william = Fingerprint(new StudentBlock([], FirstName: "William"));
        var bill = Fingerprint(new StudentBlock([], FirstName: "Bill"));
        var xochitl = Fingerprint(new StudentBlock([], FirstName: "Xóchitl"));
        var alex = Fingerprint(new StudentBlock([], FirstName: "Alex"));
        var alexandra = Fingerprint(new StudentBlock([], FirstName: "Alexandra"));

        Assert.Equal([william.FirstName!.Value], bill.FirstNameRoots!);
        Assert.Equal([william.FirstName!.Value], william.FirstNameRoots!);
        Assert.NotEqual(william.FirstName, bill.FirstName);
        Assert.Equal([xochitl.FirstName!.Value], xochitl.FirstNameRoots!);
        Assert.Equal(2, alex.FirstNameRoots!.Length);
        Assert.Contains(alexandra.FirstName!.Value, alex.FirstNameRoots!);
    }

    [Fact]
    public void The_swapped_birth_date_is_the_token_of_the_date_with_day_and_month_exchanged()
    {
        var aprilEleventh = Fingerprint(new StudentBlock([], BirthDate: new DateOnly(2009, 4, 11)));
        var novemberFourth = Fingerprint(new StudentBlock([], BirthDate: new DateOnly(2009, 11, 4)));
        var aprilTwentieth = Fingerprint(new StudentBlock([], BirthDate: new DateOnly(2009, 4, 20)));

        Assert.Equal(novemberFourth.BirthDate, aprilEleventh.BirthDateSwapped);
        Assert.Equal(aprilEleventh.BirthDate, novemberFourth.BirthDateSwapped);
        Assert.Null(aprilTwentieth.BirthDateSwapped);
    }

    [Theory]
    [InlineData("2009-04-11", "2009-04-11", 8, -1)]
    [InlineData("2009-04-11", "2009-04-17", 1, 7)]
    [InlineData("2009-04-11", "2008-04-11", 1, 3)]
    [InlineData("2009-04-11", "2009-05-11", 1, 5)]
    [InlineData("2009-04-11", "2009-05-17", 0, -1)]
    public void Birth_date_digit_tokens_are_shared_where_the_other_digits_agree(string a, string b, int shared, int index)
    {
        var first = Fingerprint(new StudentBlock([], BirthDate: DateOnly.Parse(a))).BirthDateDigits!;
        var second = Fingerprint(new StudentBlock([], BirthDate: DateOnly.Parse(b))).BirthDateDigits!;

        var sharedAt = Enumerable.Range(0, 8).Where(i => first[i] == second[i]).ToList();

        Assert.Equal(shared, sharedAt.Count);
        if (shared == 1)
        {
            Assert.Equal(index, sharedAt[0]);
        }
    }

    [Fact]
    public void Zip_codes_of_one_area_share_the_area_token_only()
    {
        var a = Fingerprint(new StudentBlock([], PostalCode: "95112"));
        var b = Fingerprint(new StudentBlock([], PostalCode: "95126"));

        Assert.Equal(a.PostalArea, b.PostalArea);
        Assert.NotEqual(a.PostalCode, b.PostalCode);
    }

    [Fact]
    public void A_complete_record_has_six_blocking_keys_and_one_without_ssn_five()
    {
        Assert.Equal(6, Encoder.Encode(Daniela with { SsnToken = SsnToken }).BlockingKeys.Distinct().Count());
        Assert.Equal(5, Encoder.Encode(Daniela).BlockingKeys.Distinct().Count());
    }

    [Fact]
    public void Keys_needing_a_missing_field_are_left_out()
    {
        var noBirthDate = Encoder.Encode(Daniela with { BirthDate = null }).BlockingKeys;
        var noPostalCode = Encoder.Encode(Daniela with { PostalCode = null }).BlockingKeys;

        Assert.Equal([BlockingKinds.GivenZip, BlockingKinds.SurnameZip, BlockingKinds.NamesZip], noBirthDate.Select(BlockingKinds.KindOf));
        Assert.Equal(2, noPostalCode.Count);
        Assert.Empty(noBirthDate.Intersect(noPostalCode));
    }

    [Fact]
    public void A_swapped_day_and_month_still_shares_the_surname_and_year_key()
    {
        var shared = SharedBlockingKeys(Daniela, Daniela with { BirthDate = new DateOnly(2009, 11, 4), PostalCode = "93701" });

        Assert.Single(shared);
    }

    [Fact]
    public void A_surname_typo_shares_the_birth_date_and_the_surname_and_year_keys()
    {
        var shared = SharedBlockingKeys(Daniela, Daniela with { LastName = "Hernandes", PostalCode = "93701" });

        Assert.Equal(2, shared.Count);
    }

    [Fact]
    public void A_nickname_shares_every_key()
    {
        var william = new StudentBlock([], FirstName: "William", LastName: "Okafor", BirthDate: new DateOnly(2010, 6, 15), PostalCode: "94601");
        var bill = william with { FirstName = "Bill" };

        Assert.Equal(4, SharedBlockingKeys(william, bill).Count);
    }

    [Fact]
    public void Names_swapped_with_another_birth_date_share_only_the_names_and_zip_key()
    {
        var swapped = Daniela with { FirstName = Daniela.LastName, LastName = Daniela.FirstName, BirthDate = new DateOnly(2008, 1, 30) };

        Assert.Equal([BlockingKinds.NamesZip], SharedBlockingKeys(Daniela, swapped).Select(BlockingKinds.KindOf));
    }

    [Fact]
    public void A_different_birth_date_in_the_same_zip_shares_only_the_given_name_and_zip_key()
    {
        var shared = SharedBlockingKeys(Daniela, Daniela with { BirthDate = new DateOnly(2007, 9, 30), LastName = "Okafor" });

        Assert.Single(shared);
    }
}
