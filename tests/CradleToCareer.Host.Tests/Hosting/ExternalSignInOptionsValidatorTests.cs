using CradleToCareer.Host.Sessions;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// <c>C2C:Web:OpenIdConnect</c>: off when none of its three keys is set, on when all are, and a start error naming the
/// missing keys when only some are; its authority must be an https URL unless told otherwise.
/// </summary>
public sealed class ExternalSignInOptionsValidatorTests
{
    private const string Section = ExternalSignInOptions.Section;

    [Fact]
    public void Unset_it_is_off_and_valid()
    {
        var options = BoundOptions.From<ExternalSignInOptions>(Section);

        Assert.False(options.IsOn);
        Assert.Equal("preferred_username", options.UsernameClaim);
        Assert.True(options.RequireHttpsMetadata);
        Assert.True(new ExternalSignInOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void All_three_keys_turn_it_on()
    {
        var options = BoundOptions.From<ExternalSignInOptions>(
            Section, ($"{Section}:Authority", "https://login.example.org/realm"), ($"{Section}:ClientId", "c2c"), ($"{Section}:ClientSecret", "s3cret"));

        Assert.True(options.IsOn);
        Assert.True(new ExternalSignInOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_half_configured_provider_names_the_missing_keys()
    {
        var result = new ExternalSignInOptionsValidator().Validate(null, BoundOptions.From<ExternalSignInOptions>(
            Section, ($"{Section}:ClientId", "c2c"), ($"{Section}:UsernameClaim", " ")));

        Assert.Equal(
            [
                $"{Section} is half configured: set {Section}:Authority, :ClientId and :ClientSecret together, or none of them; " +
                $"missing {Section}:Authority, {Section}:ClientSecret.",
                $"{Section}:UsernameClaim must name the ID token's claim that holds the user name.",
            ],
            result.Failures!);
    }

    [Theory]
    [InlineData("login.example.org", "true", "must be an absolute http or https URL")]
    [InlineData("ftp://login.example.org", "true", "must be an absolute http or https URL")]
    [InlineData("http://login.example.org", "true", "must be an https URL unless C2C:Web:OpenIdConnect:RequireHttpsMetadata is false")]
    [InlineData("http://127.0.0.1:5001", "false", null)]
    public void The_authority_is_an_https_url_unless_told_otherwise(string authority, string requireHttps, string? problem)
    {
        var result = new ExternalSignInOptionsValidator().Validate(null, BoundOptions.From<ExternalSignInOptions>(
            Section,
            ($"{Section}:Authority", authority),
            ($"{Section}:ClientId", "c2c"),
            ($"{Section}:ClientSecret", "s3cret"),
            ($"{Section}:RequireHttpsMetadata", requireHttps)));

        if (problem is null)
        {
            Assert.True(result.Succeeded);
        }
        else
        {
            Assert.Equal($"{Section}:Authority {problem}.", Assert.Single(result.Failures!));
        }
    }
}
