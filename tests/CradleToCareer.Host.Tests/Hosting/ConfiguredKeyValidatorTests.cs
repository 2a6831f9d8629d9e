using CradleToCareer.Host.Hosting.Settings;
using CradleToCareer.Host.Access;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Hosting;

/// <summary>
/// The secrets (identity token key, key-encryption key, admin secret): generated when missing on the embedded
/// default, required on PostgreSQL, and named but never echoed when wrong.
/// </summary>
public sealed class ConfiguredKeyValidatorTests
{
    private static readonly ServiceSettings Embedded = new(null, new SiloOptions());
    private static readonly ServiceSettings Durable = new("Host=db.example;Database=c2c", new SiloOptions());
    private static readonly string ShortKey = Convert.ToBase64String(new byte[16]);

    [Fact]
    public void On_the_embedded_default_missing_secrets_pass()
    {
        Assert.True(new IdentityTokenOptionsValidator(Embedded).Validate(null, new IdentityTokenOptions()).Succeeded);
        Assert.True(new SecurityOptionsValidator(Embedded).Validate(null, new SecurityOptions()).Succeeded);
        Assert.True(new AdminOptionsValidator(Embedded).Validate(null, new AdminOptions()).Succeeded);
    }

    [Fact]
    public void On_postgresql_each_missing_secret_is_named_with_its_environment_variable()
    {
        var token = new IdentityTokenOptionsValidator(Durable).Validate(null, new IdentityTokenOptions());
        var security = new SecurityOptionsValidator(Durable).Validate(null, new SecurityOptions());
        var admin = new AdminOptionsValidator(Durable).Validate(null, new AdminOptions());

        Assert.StartsWith("C2C:Identity:TokenKey (env C2C__Identity__TokenKey) must be set", token.FailureMessage);
        Assert.StartsWith("C2C:Security:KeyEncryptionKey (env C2C__Security__KeyEncryptionKey) must be set", security.FailureMessage);
        Assert.StartsWith("C2C:Admin:ClientSecret (env C2C__Admin__ClientSecret) must be set", admin.FailureMessage);
    }

    [Fact]
    public void A_token_key_that_is_short_or_not_base64_is_refused_without_its_value()
    {
        var shortKey = new IdentityTokenOptionsValidator(Embedded).Validate(null, new IdentityTokenOptions { TokenKey = ShortKey });
        var garbled = new IdentityTokenOptionsValidator(Embedded).Validate(null, new IdentityTokenOptions { TokenKey = "not*base64" });

        Assert.Equal("C2C:Identity:TokenKey must decode to at least 32 bytes.", shortKey.FailureMessage);
        Assert.Equal("C2C:Identity:TokenKey is not valid base64.", garbled.FailureMessage);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(48)]
    public void A_key_encryption_key_of_another_length_than_32_bytes_is_refused_without_its_value(int bytes)
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, bytes).Select(i => (byte)i).ToArray());

        var result = new SecurityOptionsValidator(Durable).Validate(null, new SecurityOptions { KeyEncryptionKey = key });

        Assert.Equal("C2C:Security:KeyEncryptionKey must decode to exactly 32 bytes (AES-256).", result.FailureMessage);
        Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_security_section_is_listed_at_once()
    {
        var result = new SecurityOptionsValidator(Embedded).Validate(null, BoundOptions.From<SecurityOptions>(
            SecurityOptions.Section,
            ("C2C:Security:KeyEncryptionKey", ShortKey),
            ("C2C:Security:Issuer", " "),
            ("C2C:Security:TokenLifetimeMinutes", "0"),
            ("C2C:Security:KeyRefreshSeconds", "-1"),
            ("C2C:Security:ExternalAuthority", "not a url")));

        Assert.Equal(
            [
                "C2C:Security:KeyEncryptionKey must decode to exactly 32 bytes (AES-256).",
                "C2C:Security:Issuer must not be empty.",
                "C2C:Security:TokenLifetimeMinutes must be a number of minutes of at least 1.",
                "C2C:Security:KeyRefreshSeconds must be a number of seconds of at least 1.",
                "C2C:Security:ExternalAuthority must be an absolute http or https URL.",
                "C2C:Security:ExternalAudience must be set with C2C:Security:ExternalAuthority.",
            ],
            result.Failures!);
    }

    [Fact]
    public void A_missing_key_is_generated_for_the_run_and_a_configured_one_is_used_as_it_is()
    {
        var configured = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

        var generated = ConfiguredKeys.ConfiguredOrGenerated(null);
        var used = ConfiguredKeys.ConfiguredOrGenerated(configured);

        Assert.Equal((32, true), (generated.Key.Length, generated.Generated));
        Assert.Equal((configured, false), (Convert.ToBase64String(used.Key), used.Generated));
    }
}
