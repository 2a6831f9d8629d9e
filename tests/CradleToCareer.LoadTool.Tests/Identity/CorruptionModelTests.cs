using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Identity;

namespace CradleToCareer.LoadTool.Tests.Identity;

public sealed class CorruptionModelTests
{
    [Fact]
    public void Without_overrides_the_rates_are_the_documented_defaults()
    {
        Assert.Same(CorruptionModel.Default, CorruptionModel.Parse(null));
        Assert.Equal(CorruptionRules.All, CorruptionModel.Default.Rules);
    }

    [Fact]
    public void An_override_replaces_the_rate_of_source_B_or_of_both_sources()
    {
        var model = CorruptionModel.Parse("ssn-typo=0.2, names-swapped=0.01:0.05");

        var ssn = model.Rules.Single(r => r.Kind == CorruptionKinds.SsnTypo);
        var swapped = model.Rules.Single(r => r.Kind == CorruptionKinds.NamesSwapped);
        Assert.Equal((CorruptionRules.SsnTypo.SourceA, 0.2), (ssn.SourceA, ssn.SourceB));
        Assert.Equal((0.01, 0.05), (swapped.SourceA, swapped.SourceB));
        Assert.Equal(CorruptionRules.Moved, model.Rules.Single(r => r.Kind == CorruptionKinds.Moved));
    }

    [Theory]
    [InlineData("ssn-typos=0.1")]
    [InlineData("ssn-typo=1.5")]
    [InlineData("ssn-typo")]
    [InlineData("ssn-typo=0.1:0.2:0.3")]
    public void A_bad_override_is_refused(string overrides) =>
        Assert.Throws<ToolException>(() => CorruptionModel.Parse(overrides));

    [Fact]
    public void Every_kind_has_a_key_and_a_rule()
    {
        var kinds = Enum.GetValues<CorruptionKinds>().Where(k => k != CorruptionKinds.None);

        Assert.Equal(kinds.Order(), CorruptionRules.All.Select(r => r.Kind).Order());
        Assert.Equal("birth-year-digit", CorruptionRules.BirthYearDigit.Key);
    }
}
