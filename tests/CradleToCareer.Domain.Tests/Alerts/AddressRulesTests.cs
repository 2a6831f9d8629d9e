using System.Net;
using CradleToCareer.Domain.Alerts;

namespace CradleToCareer.Domain.Tests.Alerts;

public sealed class AddressRulesTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressScope.Loopback)]
    [InlineData("127.255.255.254", AddressScope.Loopback)]
    [InlineData("::1", AddressScope.Loopback)]
    [InlineData("169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("fe80::1", AddressScope.LinkLocal)]
    [InlineData("febf::1", AddressScope.LinkLocal)]
    [InlineData("10.1.2.3", AddressScope.Private)]
    [InlineData("172.16.0.1", AddressScope.Private)]
    [InlineData("172.31.255.255", AddressScope.Private)]
    [InlineData("192.168.1.1", AddressScope.Private)]
    [InlineData("100.64.0.1", AddressScope.Private)]
    [InlineData("fc00::1", AddressScope.Private)]
    [InlineData("fd12:3456::1", AddressScope.Private)]
    [InlineData("fec0::1", AddressScope.Private)]
    [InlineData("0.0.0.0", AddressScope.Unspecified)]
    [InlineData("0.1.2.3", AddressScope.Unspecified)]
    [InlineData("::", AddressScope.Unspecified)]
    [InlineData("224.0.0.1", AddressScope.NotUnicast)]
    [InlineData("255.255.255.255", AddressScope.NotUnicast)]
    [InlineData("ff02::1", AddressScope.NotUnicast)]
    [InlineData("8.8.8.8", AddressScope.Public)]
    [InlineData("172.15.255.255", AddressScope.Public)]
    [InlineData("172.32.0.1", AddressScope.Public)]
    [InlineData("169.253.1.1", AddressScope.Public)]
    [InlineData("100.128.0.1", AddressScope.Public)]
    [InlineData("2001:4860:4860::8888", AddressScope.Public)]
    [InlineData("fe00::1", AddressScope.Public)]
    public void Addresses_are_classified_by_range(string address, AddressScope expected) =>
        Assert.Equal(expected, AddressRules.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressScope.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressScope.Private)]
    [InlineData("::ffff:169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("::ffff:0.0.0.0", AddressScope.Unspecified)]
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
}
