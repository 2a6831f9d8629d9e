using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class WebhookSecretTests
{
    [Fact]
    public void A_generated_secret_is_whsec_and_the_base64_of_32_bytes_that_parses_back()
    {
        var secret = WebhookSecret.Generate();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.True(WebhookSecret.TryParse(secret, out var key));
        Assert.Equal(Convert.FromBase64String(secret["whsec_".Length..]), key);
    }

    [Fact]
    public void Generated_secrets_differ() => Assert.NotEqual(WebhookSecret.Generate(), WebhookSecret.Generate());

    [Theory]
    [InlineData(24)]
    [InlineData(32)]
    [InlineData(64)]
    public void Keys_of_24_to_64_bytes_are_accepted(int bytes)
    {
        var key = Enumerable.Range(1, bytes).Select(i => (byte)i).ToArray();

        Assert.True(WebhookSecret.TryParse("whsec_" + Convert.ToBase64String(key), out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData(23)]
    [InlineData(65)]
    [InlineData(0)]
    public void Keys_shorter_than_24_or_longer_than_64_bytes_are_refused(int bytes)
    {
        var secret = "whsec_" + Convert.ToBase64String(new byte[bytes]);

        Assert.False(WebhookSecret.TryParse(secret, out var key));
        Assert.Empty(key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS")]
    [InlineData("whsec_MfKQ9r8GKYqrTwjU PD8ILPZIo2LaLaSw")]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n")]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLa-_")]
    public void Anything_but_whsec_and_canonical_standard_base64_is_refused(string? secret) =>
        Assert.False(WebhookSecret.TryParse(secret, out _));

    [Fact]
    public void Non_canonical_padding_bits_are_refused()
    {
        var canonical = "whsec_" + Convert.ToBase64String(new byte[25]);
        var sloppy = canonical[..^3] + "B==";

        Assert.True(WebhookSecret.TryParse(canonical, out _));
        Assert.False(WebhookSecret.TryParse(sloppy, out _));
    }

    [Fact]
    public void The_spec_example_secret_parses_to_its_24_byte_key()
    {
        Assert.True(WebhookSecret.TryParse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", out var key));
        Assert.Equal(24, key.Length);
    }

    [Fact]
    public void The_error_message_names_the_prefix_and_the_size_bounds()
    {
        Assert.Contains("whsec_", WebhookSecret.FormatError, StringComparison.Ordinal);
        Assert.Contains("24 to 64", WebhookSecret.FormatError, StringComparison.Ordinal);
    }
}
