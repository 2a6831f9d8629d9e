using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class TextEditsTests
{
    [Fact]
    public void An_ocr_misread_replaces_one_letter_by_a_digit_or_letters_of_similar_shape()
    {
        var rng = new Random(7);
        var misreads = Enumerable.Range(0, 300).Select(_ => TextEdits.OcrMisread(rng, "Simon")).ToHashSet();

        Assert.Equal(["5imon", "S1mon", "Sim0n", "Sirnon"], misreads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_capital_is_read_as_the_digit_of_its_own_shape()
    {
        var rng = new Random(7);
        var misreads = Enumerable.Range(0, 300).Select(_ => TextEdits.OcrMisread(rng, "Bo")).ToHashSet();

        Assert.Equal(["8o", "B0"], misreads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Letters_of_similar_shape_are_read_back_as_one()
    {
        var rng = new Random(7);
        var misreads = Enumerable.Range(0, 300).Select(_ => TextEdits.OcrMisread(rng, "Kearney")).ToHashSet();

        Assert.Contains("Keamey", misreads);
    }

    [Fact]
    public void A_name_without_a_letter_ocr_confuses_cannot_be_misread()
    {
        Assert.False(TextEdits.CanMisread("Kay"));
        Assert.False(TextEdits.CanMisread("May"));
        Assert.True(TextEdits.CanMisread("Kim"));
    }
}
