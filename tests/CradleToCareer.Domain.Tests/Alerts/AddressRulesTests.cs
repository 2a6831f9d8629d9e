using System.Net;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Domain.Tests.Alerts;

/// <summary>The special-purpose blocks of the IANA registries, IPv4 and IPv6, each refused in full.</summary>
public sealed class AddressRulesTests
{
    /// <summary>
    /// Every refused block: its first and last address, and the addresses just outside it (null where the neighbour
    /// is itself refused, for another reason, and is checked on its own row).
    /// </summary>
    public static TheoryData<string, string, string, string?, string?, AddressScope> Blocks() => new()
    {
        { "0.0.0.0/8", "0.0.0.0", "0.255.255.255", null, "1.0.0.0", AddressScope.Unspecified },
        { "10.0.0.0/8", "10.0.0.0", "10.255.255.255", "9.255.255.255", "11.0.0.0", AddressScope.Private },
        { "100.64.0.0/10", "100.64.0.0", "100.127.255.255", "100.63.255.255", "100.128.0.0", AddressScope.Private },
        { "127.0.0.0/8", "127.0.0.0", "127.255.255.255", "126.255.255.255", "128.0.0.0", AddressScope.Loopback },
        { "169.254.0.0/16", "169.254.0.0", "169.254.255.255", "169.253.255.255", "169.255.0.0", AddressScope.LinkLocal },
        { "172.16.0.0/12", "172.16.0.0", "172.31.255.255", "172.15.255.255", "172.32.0.0", AddressScope.Private },
        { "192.0.0.0/24", "192.0.0.0", "192.0.0.255", "191.255.255.255", "192.0.1.0", AddressScope.Reserved },
        { "192.0.2.0/24", "192.0.2.0", "192.0.2.255", "192.0.1.255", "192.0.3.0", AddressScope.Documentation },
        { "192.31.196.0/24", "192.31.196.0", "192.31.196.255", "192.31.195.255", "192.31.197.0", AddressScope.Reserved },
        { "192.52.193.0/24", "192.52.193.0", "192.52.193.255", "192.52.192.255", "192.52.194.0", AddressScope.Reserved },
        { "192.88.99.0/24", "192.88.99.0", "192.88.99.255", "192.88.98.255", "192.88.100.0", AddressScope.Reserved },
        { "192.168.0.0/16", "192.168.0.0", "192.168.255.255", "192.167.255.255", "192.169.0.0", AddressScope.Private },
        { "192.175.48.0/24", "192.175.48.0", "192.175.48.255", "192.175.47.255", "192.175.49.0", AddressScope.Reserved },
        { "198.18.0.0/15", "198.18.0.0", "198.19.255.255", "198.17.255.255", "198.20.0.0", AddressScope.Benchmarking },
        { "198.51.100.0/24", "198.51.100.0", "198.51.100.255", "198.51.99.255", "198.51.101.0", AddressScope.Documentation },
        { "203.0.113.0/24", "203.0.113.0", "203.0.113.255", "203.0.112.255", "203.0.114.0", AddressScope.Documentation },
        { "224.0.0.0/4", "224.0.0.0", "239.255.255.255", "223.255.255.255", null, AddressScope.NotUnicast },
        { "240.0.0.0/4", "240.0.0.0", "255.255.255.254", null, null, AddressScope.Reserved },
        { "255.255.255.255/32", "255.255.255.255", "255.255.255.255", null, null, AddressScope.NotUnicast },
        { "::/128", "::", "::", null, null, AddressScope.Unspecified },
        { "::1/128", "::1", "::1", null, null, AddressScope.Loopback },
        { "::/8 outside 2000::/3", "::2", "ff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Reserved },
        { "64:ff9b:1::/48", "64:ff9b:1::", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Translation },
        { "100::/64", "100::", "100::ffff:ffff:ffff:ffff", null, null, AddressScope.Reserved },
        { "2001::/32", "2001::", "2001:0:ffff:ffff:ffff:ffff:ffff:ffff", "2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, AddressScope.Translation },
        { "2001:2::/48", "2001:2::", "2001:2:0:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Benchmarking },
        { "2001::/23", "2001:1::", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff", null, "2001:200::", AddressScope.Reserved },
        { "2001:10::/28", "2001:10::", "2001:1f:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Reserved },
        { "2001:20::/28", "2001:20::", "2001:2f:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Reserved },
        { "2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::", AddressScope.Documentation },
        { "2002::/16", "2002::", "2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2003::", AddressScope.Translation },
        { "2620:4f:8000::/48", "2620:4f:8000::", "2620:4f:8000:ffff:ffff:ffff:ffff:ffff", "2620:4f:7fff:ffff:ffff:ffff:ffff:ffff", "2620:4f:8001::", AddressScope.Reserved },
        { "3fff::/20", "3fff::", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff", "3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "3fff:1000::", AddressScope.Documentation },
        { "4000::/2 outside 2000::/3", "4000::", "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, AddressScope.Reserved },
        { "fc00::/7", "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Private },
        { "fe80::/10", "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.LinkLocal },
        { "fec0::/10", "fec0::", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.Private },
        { "ff00::/8", "ff00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", null, null, AddressScope.NotUnicast },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Each_special_purpose_block_is_refused_from_its_first_to_its_last_address_and_no_further(
        string block, string first, string last, string? below, string? above, AddressScope scope)
    {
        Assert.Equal((scope, scope), (Classify(first), Classify(last)));
        Assert.True(AddressRules.IsForbidden(IPAddress.Parse(first), allowLoopback: false), block);
        Assert.True(AddressRules.IsForbidden(IPAddress.Parse(last), allowLoopback: false), block);
        Assert.All(new[] { below, above }.OfType<string>(), outside => Assert.Equal(AddressScope.Public, Classify(outside)));
    }

    [Theory]
    [InlineData("fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff", AddressScope.Reserved)]
    [InlineData("fe00::1", AddressScope.Reserved)]
    [InlineData("64:ff9b:0:0:1::", AddressScope.Reserved)]
    [InlineData("100:0:0:1::", AddressScope.Reserved)]
    [InlineData("2001:3::1", AddressScope.Reserved)]
    [InlineData("2001:4:112::1", AddressScope.Reserved)]
    [InlineData("2001:1::1", AddressScope.Reserved)]
    [InlineData("192.0.0.9", AddressScope.Reserved)]
    public void Neighbours_and_registry_entries_inside_wider_blocks_are_refused_too(string address, AddressScope expected) =>
        Assert.Equal(expected, Classify(address));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2000::")]
    public void Public_addresses_are_public(string address) =>
        Assert.Equal(AddressScope.Public, Classify(address));

    [Theory]
    [InlineData("64:ff9b::808:808", AddressScope.Public)]
    [InlineData("64:ff9b::", AddressScope.Unspecified)]
    [InlineData("64:ff9b::7f00:1", AddressScope.Loopback)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressScope.LinkLocal)]
    [InlineData("64:ff9b::c000:202", AddressScope.Documentation)]
    [InlineData("64:ff9b::c612:1", AddressScope.Benchmarking)]
    [InlineData("64:ff9b::ffff:ffff", AddressScope.NotUnicast)]
    public void NAT64_addresses_are_judged_as_the_IPv4_address_they_carry(string address, AddressScope expected) =>
        Assert.Equal(expected, Classify(address));

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressScope.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressScope.Private)]
    [InlineData("::ffff:169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("::ffff:0.0.0.0", AddressScope.Unspecified)]
    [InlineData("::ffff:192.0.2.2", AddressScope.Documentation)]
    [InlineData("::ffff:198.18.0.1", AddressScope.Benchmarking)]
    [InlineData("::ffff:8.8.8.8", AddressScope.Public)]
    public void IPv4_mapped_IPv6_addresses_are_judged_as_their_IPv4_address(string address, AddressScope expected) =>
        Assert.Equal(expected, AddressRules.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8", false, false)]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("127.0.0.1", true, false)]
    [InlineData("::1", true, false)]
    [InlineData("::ffff:127.0.0.1", true, false)]
    [InlineData("10.0.0.1", true, true)]
    [InlineData("169.254.169.254", true, true)]
    [InlineData("0.0.0.0", true, true)]
    [InlineData("fd00::1", true, true)]
    public void Only_public_addresses_are_allowed_and_loopback_only_when_allowed(string address, bool allowLoopback, bool forbidden) =>
        Assert.Equal(forbidden, AddressRules.IsForbidden(IPAddress.Parse(address), allowLoopback));

    private static AddressScope Classify(string address) => AddressRules.Classify(IPAddress.Parse(address));
}
