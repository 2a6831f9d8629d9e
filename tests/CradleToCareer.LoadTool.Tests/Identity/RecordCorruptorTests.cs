using CradleToCareer.LoadTool.Generation;
using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class RecordCorruptorTests
{
    private static readonly District Home = PlaceCatalog.Districts[0];

    private static readonly TruePerson Person = new(
        0, "Stephanie", "Kimball", "F", new DateOnly(2004, 3, 18),
        new HomeAddress("120 Oak St", Home.City, $"{Home.ZipPrefix}07", Home), "123-45-6789", Kinship.None);

    [Fact]
    public void Swapped_names_put_the_family_name_first()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.NamesSwapped);

        Assert.Equal(("Kimball", "Stephanie"), (draft.FirstName, draft.LastName));
        Assert.Equal(CorruptionKinds.NamesSwapped, draft.Kinds);
    }

    [Theory]
    [InlineData(CorruptionKinds.FirstNameMissing)]
    [InlineData(CorruptionKinds.LastNameMissing)]
    [InlineData(CorruptionKinds.BirthDateMissing)]
    public void A_blanked_field_is_left_out(CorruptionKinds kind)
    {
        var draft = CorruptedOnlyBy(kind);

        Assert.Equal(kind == CorruptionKinds.FirstNameMissing, draft.FirstName is null);
        Assert.Equal(kind == CorruptionKinds.LastNameMissing, draft.LastName is null);
        Assert.Equal(kind == CorruptionKinds.BirthDateMissing, draft.BirthDate is null);
        Assert.Equal(kind, draft.Kinds);
    }

    [Fact]
    public void A_blanked_given_name_leaves_nothing_to_swap()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.FirstNameMissing | CorruptionKinds.NamesSwapped);

        Assert.Equal((null, "Kimball"), (draft.FirstName, draft.LastName));
        Assert.Equal(CorruptionKinds.FirstNameMissing, draft.Kinds);
    }

    [Fact]
    public void An_ssn_typo_changes_the_ssn_the_record_carries()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.SsnTypo, ssn: Person.Ssn);

        Assert.NotEqual(Person.Ssn, draft.Ssn);
        Assert.Equal(CorruptionKinds.SsnTypo, draft.Kinds);
    }

    [Fact]
    public void A_record_without_an_ssn_gets_no_ssn_typo()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.SsnTypo, ssn: null);

        Assert.Null(draft.Ssn);
        Assert.Equal(CorruptionKinds.None, draft.Kinds);
    }

    [Fact]
    public void A_birth_year_digit_typo_keeps_month_and_day()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.BirthYearDigit);

        Assert.NotEqual(2004, draft.BirthDate!.Value.Year);
        Assert.Equal((3, 18), (draft.BirthDate.Value.Month, draft.BirthDate.Value.Day));
        Assert.Equal(CorruptionKinds.BirthYearDigit, draft.Kinds);
    }

    [Theory]
    [InlineData("F", "M")]
    [InlineData("M", "F")]
    public void Miscoded_sex_is_the_other_one(string sex, string miscoded) =>
        Assert.Equal(miscoded, RecordCorruptor.Miscoded(new Random(1), sex));

    [Fact]
    public void Miscoded_sex_is_recorded_on_the_record()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.SexMiscoded);

        Assert.Equal(("M", CorruptionKinds.SexMiscoded), (draft.Sex, draft.Kinds));
    }

    [Fact]
    public void A_postal_code_typo_keeps_five_digits()
    {
        var draft = CorruptedOnlyBy(CorruptionKinds.PostalCodeTypo);

        Assert.NotEqual(Person.Address.PostalCode, draft.PostalCode);
        Assert.Matches(@"\A[0-9]{5}\z", draft.PostalCode!);
        Assert.Equal(CorruptionKinds.PostalCodeTypo, draft.Kinds);
    }

    [Theory]
    [InlineData(CorruptionKinds.NameOcr)]
    [InlineData(CorruptionKinds.NamePhonetic)]
    public void An_ocr_or_sound_alike_error_changes_exactly_one_of_the_names(CorruptionKinds kind)
    {
        var draft = CorruptedOnlyBy(kind);

        var changed = (draft.FirstName != Person.FirstName ? 1 : 0) + (draft.LastName != Person.LastName ? 1 : 0);
        Assert.Equal(1, changed);
        Assert.Equal(kind, draft.Kinds);
    }

    private static RecordDraft CorruptedOnlyBy(CorruptionKinds kinds, string? ssn = null)
    {
        var rates = CorruptionRules.All.Select(r => $"{r.Key}=0:{(kinds.HasFlag(r.Kind) ? 1 : 0)}");
        var draft = new RecordDraft(Person) { Ssn = ssn };
        new RecordCorruptor(CorruptionModel.Parse(string.Join(",", rates))).Apply(new Random(9), draft, SourceSide.B);
        return draft;
    }
}
