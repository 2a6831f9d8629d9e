using CradleToCareer.Domain.Access;
using System.Buffers.Text;
using CradleToCareer.Application.Access;

namespace CradleToCareer.Storage.Tests.Access;

public sealed class ClientSecretsTests
{
    [Fact]
    public void Hash_verifies_the_secret_it_was_made_from_and_nothing_else()
    {
        var secret = ClientSecrets.Generate();
        var hash = ClientSecrets.Hash(secret);

        Assert.True(ClientSecrets.Verify(secret, hash));
        Assert.False(ClientSecrets.Verify(secret + "x", hash));
        Assert.False(ClientSecrets.Verify("", hash));
    }

    [Fact]
    public void Hash_is_self_describing_and_never_contains_the_secret()
    {
        var secret = ClientSecrets.Generate();

        var parts = ClientSecrets.Hash(secret).Split('$');

        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("100000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.DoesNotContain(secret, string.Join('$', parts));
    }

    [Fact]
    public void Hashing_one_secret_twice_uses_different_salts()
    {
        var secret = ClientSecrets.Generate();

        var first = ClientSecrets.Hash(secret);
        var second = ClientSecrets.Hash(secret);

        Assert.NotEqual(first.Split('$')[2], second.Split('$')[2]);
        Assert.NotEqual(first, second);
        Assert.True(ClientSecrets.Verify(secret, first));
        Assert.True(ClientSecrets.Verify(secret, second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-secret")]
    [InlineData("pbkdf2-sha256$100000$not base64$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("bcrypt$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==")]
    public void Malformed_hash_never_verifies(string hash)
    {
        Assert.False(ClientSecrets.Verify("plain-text-secret", hash));
    }

    [Fact]
    public void Generated_secret_is_32_random_bytes_in_base64url()
    {
        var first = ClientSecrets.Generate();
        var second = ClientSecrets.Generate();

        Assert.Equal(32, Base64Url.DecodeFromChars(first).Length);
        Assert.DoesNotContain('=', first);
        Assert.DoesNotContain('+', first);
        Assert.DoesNotContain('/', first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Client_ids_are_prefixed_hex_of_16_bytes()
    {
        var id = ClientIds.New();

        Assert.Matches("^c_[0-9a-f]{32}$", id);
        Assert.NotEqual(id, ClientIds.New());
    }

    [Fact]
    public void Roles_list_every_role_of_the_contract()
    {
        Assert.Equal(
            ["admin", "advisor", "college", "researcher", "source", "steward", "student-portal", "subscriber"],
            Roles.All.Order(StringComparer.Ordinal));
    }
}
