using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class WebhookUrlRulesTests
{
    [Theory]
    [InlineData("https://hooks.example.org/c2c")]
    [InlineData("https://hooks.example.org:8443/c2c?tenant=7")]
    [InlineData("https://8.8.8.8/hook")]
    [InlineData("https://[2001:4860:4860::8888]/hook")]
    public void Https_urls_to_public_hosts_are_accepted(string url) =>
        Assert.Null(WebhookUrlRules.Check(url, allowLoopback: false));

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("hooks.example.org/c2c", "absolute")]
    [InlineData("/c2c", "absolute")]
    [InlineData("https://exa mple.org/", "absolute")]
    [InlineData("http://hooks.example.org/c2c", "https")]
    [InlineData("ftp://hooks.example.org/c2c", "https")]
    [InlineData("file:///etc/passwd", "absolute")]
    [InlineData("https://user:pass@hooks.example.org/c2c", "credentials")]
    [InlineData("https://user@hooks.example.org/c2c", "credentials")]
    [InlineData("https://@hooks.example.org/c2c", "credentials")]
    [InlineData("https://hooks.example.org/c2c#part", "fragment")]
    [InlineData("https://hooks.example.org/c2c#", "fragment")]
    public void Malformed_insecure_or_credentialed_urls_are_refused(string? url, string reason)
    {
        var problem = WebhookUrlRules.Check(url, allowLoopback: false);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_longer_than_2000_characters_are_refused()
    {
        var prefix = "https://hooks.example.org/";
        var longest = prefix + new string('a', 2000 - prefix.Length);

        Assert.Null(WebhookUrlRules.Check(longest, allowLoopback: false));
        Assert.Contains("2000", WebhookUrlRules.Check(longest + "a", allowLoopback: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://127.0.0.1/hook", "loopback")]
    [InlineData("https://127.1/hook", "loopback")]
    [InlineData("https://2130706433/hook", "loopback")]
    [InlineData("https://[::1]/hook", "loopback")]
    [InlineData("https://[::ffff:127.0.0.1]/hook", "loopback")]
    [InlineData("https://localhost/hook", "loopback")]
    [InlineData("https://LOCALHOST./hook", "loopback")]
    [InlineData("https://api.localhost/hook", "loopback")]
    [InlineData("https://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("https://[fe80::1]/hook", "link-local")]
    [InlineData("https://10.0.0.5/hook", "private")]
    [InlineData("https://172.20.1.1/hook", "private")]
    [InlineData("https://192.168.0.10/hook", "private")]
    [InlineData("https://[fd00::5]/hook", "private")]
    [InlineData("https://[::ffff:192.168.0.10]/hook", "private")]
    [InlineData("https://0.0.0.0/hook", "unspecified")]
    [InlineData("https://[::]/hook", "unspecified")]
    [InlineData("https://192.0.2.2/hook", "documentation")]
    [InlineData("https://[2001:db8::1]/hook", "documentation")]
    [InlineData("https://198.18.0.1/hook", "benchmarking")]
    [InlineData("https://[64:ff9b::c000:202]/hook", "documentation")]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/hook", "link-local")]
    [InlineData("https://[2002:c000:202::1]/hook", "translation")]
    [InlineData("https://[2001::1]/hook", "translation")]
    [InlineData("https://192.31.196.1/hook", "reserved")]
    [InlineData("https://240.0.0.1/hook", "reserved")]
    [InlineData("https://224.0.0.1/hook", "non-unicast")]
    public void Hosts_that_are_not_public_are_refused(string url, string scope)
    {
        var problem = WebhookUrlRules.Check(url, allowLoopback: false);

        Assert.NotNull(problem);
        Assert.Contains(scope, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_name_ending_in_localhost_is_not_mistaken_for_loopback() =>
        Assert.Null(WebhookUrlRules.Check("https://notlocalhost/hook", allowLoopback: false));

    [Theory]
    [InlineData("http://127.0.0.1:5005/hook")]
    [InlineData("http://localhost:5005/hook")]
    [InlineData("http://receiver.localhost/hook")]
    [InlineData("http://[::1]:5005/hook")]
    [InlineData("https://127.0.0.1:5005/hook")]
    public void With_loopback_allowed_loopback_hosts_are_accepted_over_http_or_https(string url) =>
        Assert.Null(WebhookUrlRules.Check(url, allowLoopback: true));

    [Theory]
    [InlineData("http://hooks.example.org/c2c", "https")]
    [InlineData("http://10.0.0.5/hook", "https")]
    [InlineData("https://10.0.0.5/hook", "private")]
    [InlineData("https://169.254.169.254/hook", "link-local")]
    [InlineData("https://0.0.0.0/hook", "unspecified")]
    public void Allowing_loopback_allows_nothing_else(string url, string reason)
    {
        var problem = WebhookUrlRules.Check(url, allowLoopback: true);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
