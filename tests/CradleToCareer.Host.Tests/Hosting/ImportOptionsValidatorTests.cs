using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary><c>C2C:Imports</c>: a 30 s lease by default; a lease out of range is named.</summary>
public sealed class ImportOptionsValidatorTests
{
    [Fact]
    public void The_default_lease_is_30_seconds_and_passes()
    {
        var options = BoundOptions.From<ImportOptions>(ImportOptions.Section);

        Assert.True(new ImportOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Lease);
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
