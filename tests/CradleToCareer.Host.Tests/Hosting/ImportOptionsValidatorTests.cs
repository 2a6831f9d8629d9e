using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary><c>C2C:Imports</c>: a 30 s lease, 10 unfinished jobs and 30 days of results by default; a setting out of range is named.</summary>
public sealed class ImportOptionsValidatorTests
{
    [Fact]
    public void The_defaults_pass()
    {
        var options = BoundOptions.From<ImportOptions>(ImportOptions.Section);

        Assert.True(new ImportOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Lease);
        Assert.Equal(10, options.MaxUnfinishedPerOrganization);
        Assert.Equal(TimeSpan.FromDays(30), options.KeepResults);
    }

    [Theory]
    [InlineData("MaxUnfinishedPerOrganization", "0", "C2C:Imports:MaxUnfinishedPerOrganization must be from 1 to 10000.")]
    [InlineData("KeepResultsDays", "0", "C2C:Imports:KeepResultsDays must be from 1 to 3650 (ten years).")]
    [InlineData("KeepResultsDays", "3651", "C2C:Imports:KeepResultsDays must be from 1 to 3650 (ten years).")]
    public void A_limit_or_retention_out_of_range_is_named(string setting, string value, string problem)
    {
        var options = BoundOptions.From<ImportOptions>(ImportOptions.Section, ($"C2C:Imports:{setting}", value));

        Assert.Equal([problem], new ImportOptionsValidator().Validate(null, options).Failures!);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3601")]
    public void A_lease_out_of_range_is_named(string seconds)
    {
        var options = BoundOptions.From<ImportOptions>(ImportOptions.Section, ("C2C:Imports:LeaseSeconds", seconds));

        var result = new ImportOptionsValidator().Validate(null, options);

        Assert.Equal(
            ["C2C:Imports:LeaseSeconds must be from 2 to 3600 (a chunk of 1,000 lines must be ingested within it)."],
            result.Failures!);
    }
}
