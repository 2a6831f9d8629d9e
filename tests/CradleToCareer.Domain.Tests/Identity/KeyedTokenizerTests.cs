using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Tests.Identity;

public class KeyedTokenizerTests
{
    private static readonly byte[] KeyA = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] KeyB = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Same_key_and_ssn_give_the_same_token()
    {
        Assert.Equal(new KeyedTokenizer(KeyA).Tokenize("123456789"), new KeyedTokenizer(KeyA).Tokenize("123456789"));
    }

    [Fact]
    public void Dashes_do_not_change_the_token()
    {
        var tokenizer = new KeyedTokenizer(KeyA);
        Assert.Equal(tokenizer.Tokenize("123456789"), tokenizer.Tokenize("123-45-6789"));
    }

    [Fact]
    public void Different_keys_give_different_tokens()
    {
        Assert.NotEqual(new KeyedTokenizer(KeyA).Tokenize("123456789"), new KeyedTokenizer(KeyB).Tokenize("123456789"));
    }

    [Fact]
    public void Different_ssns_give_different_tokens()
    {
        var tokenizer = new KeyedTokenizer(KeyA);
        Assert.NotEqual(tokenizer.Tokenize("123456789"), tokenizer.Tokenize("123456780"));
    }

    [Fact]
    public void Token_is_prefixed_base64url_of_a_256_bit_mac_and_holds_no_digits_of_the_input_in_order()
    {
        var token = new KeyedTokenizer(KeyA).Tokenize("123456789");

        Assert.StartsWith("ssn:", token, StringComparison.Ordinal);
        Assert.Matches("^ssn:[A-Za-z0-9_-]{43}$", token);
        Assert.DoesNotContain("6789", token, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("123-456-789")]
    [InlineData("123 45 6789")]
    [InlineData("12a456789")]
    [InlineData("")]
    public void Malformed_ssn_is_refused_without_echoing_it(string malformed)
    {
        var error = Assert.Throws<ArgumentException>(() => new KeyedTokenizer(KeyA).Tokenize(malformed));

        if (malformed.Length > 0)
        {
            Assert.DoesNotContain(malformed, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new KeyedTokenizer(new byte[31]));
    }

    [Fact]
    public void Key_is_copied_so_later_changes_to_the_callers_array_do_not_matter()
    {
        var key = (byte[])KeyA.Clone();
        var tokenizer = new KeyedTokenizer(key);
        var before = tokenizer.Tokenize("123456789");

        key[0] ^= 0xFF;

        Assert.Equal(before, tokenizer.Tokenize("123456789"));
    }

    [Fact]
    public void Identifier_token_is_deterministic_for_one_key_and_differs_between_keys()
    {
        var a = new KeyedTokenizer(KeyA);

        Assert.Equal(a.IdentifierToken("ssid", "5550001112"), a.IdentifierToken("ssid", "5550001112"));
        Assert.Equal(32, a.IdentifierToken("ssid", "5550001112").Length);
        Assert.NotEqual(a.IdentifierToken("ssid", "5550001112"), new KeyedTokenizer(KeyB).IdentifierToken("ssid", "5550001112"));
    }

    [Fact]
    public void Identifier_token_depends_on_system_and_value()
    {
        var tokenizer = new KeyedTokenizer(KeyA);
        var token = tokenizer.IdentifierToken("csu-id", "A1");

        Assert.NotEqual(token, tokenizer.IdentifierToken("uc-id", "A1"));
        Assert.NotEqual(token, tokenizer.IdentifierToken("csu-id", "A2"));
        Assert.NotEqual(tokenizer.IdentifierToken("local:a", "b"), tokenizer.IdentifierToken("local:", "ab"));
    }

    [Fact]
    public void Identifier_token_and_ssn_token_are_domain_separated()
    {
        var tokenizer = new KeyedTokenizer(KeyA);
        var ssnMac = Convert.FromBase64String(ToStandardBase64(tokenizer.Tokenize("123456789")["ssn:".Length..]));

        Assert.NotEqual(ssnMac, tokenizer.IdentifierToken("ssn", "123456789"));
    }

    [Fact]
    public void Near_tokens_are_eight_prefixed_macs_the_same_with_or_without_dashes()
    {
        var tokenizer = new KeyedTokenizer(KeyA);

        var near = tokenizer.NearTokens("123456789");

        Assert.Equal(8, near.Count);
        Assert.All(near, token => Assert.Matches("^ssn-near:[A-Za-z0-9_-]{43}$", token));
        Assert.Equal(8, near.Distinct().Count());
        Assert.Equal(near, tokenizer.NearTokens("123-45-6789"));
        Assert.DoesNotContain(tokenizer.Tokenize("123456789")["ssn:".Length..], near.Select(token => token["ssn-near:".Length..]));
        Assert.NotEqual(near, new KeyedTokenizer(KeyB).NearTokens("123456789"));
    }

    [Theory]
    [InlineData("123456789", "123456789", new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("123456789", "023456789", new[] { 0 })]
    [InlineData("123456789", "123406789", new[] { 3, 4 })]
    [InlineData("123456789", "123456780", new[] { 7 })]
    [InlineData("123456789", "213456789", new[] { 0 })]
    [InlineData("123456789", "123465789", new[] { 4 })]
    [InlineData("123456789", "123456798", new[] { 7 })]
    [InlineData("123456789", "153426789", new int[0])]
    [InlineData("123456789", "132456798", new int[0])]
    [InlineData("123456789", "987654321", new int[0])]
    public void Near_tokens_are_shared_at_the_indexes_that_mask_every_difference(string a, string b, int[] shared)
    {
        var tokenizer = new KeyedTokenizer(KeyA);
        var first = tokenizer.NearTokens(a);
        var second = tokenizer.NearTokens(b);

        Assert.Equal(shared, Enumerable.Range(0, 8).Where(i => first[i] == second[i]));
        Assert.Empty(first.Intersect(second).Except(shared.Select(i => first[i])));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("123-456-789")]
    [InlineData("12a456789")]
    public void Malformed_ssn_gets_no_near_tokens_and_is_not_echoed(string malformed)
    {
        var error = Assert.Throws<ArgumentException>(() => new KeyedTokenizer(KeyA).NearTokens(malformed));

        Assert.DoesNotContain(malformed, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifier_system_with_a_line_break_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new KeyedTokenizer(KeyA).IdentifierToken("ssid\nx", "1"));
    }

    [Fact]
    public void Tokens_are_the_documented_macs_so_tokens_already_in_the_index_still_match()
    {
        var tokenizer = new KeyedTokenizer(KeyA);

        Assert.Equal(MacOf("id\nssid\n5550001112"), tokenizer.IdentifierToken("ssid", "5550001112"));
        Assert.Equal(MacOf("id\nlocal:é\nÅ-7"), tokenizer.IdentifierToken("local:é", "Å-7"));
        Assert.Equal(MacOf("id\n\n1"), tokenizer.IdentifierToken("", "1"));
        Assert.Equal("ssn:" + Base64Url.EncodeToString(MacOf("ssn\n123456789")), tokenizer.Tokenize("123-45-6789"));
        Assert.Equal("ssn-near:" + Base64Url.EncodeToString(MacOf("ssn-near\n0\n__3456789")), tokenizer.NearTokens("123456789")[0]);
        Assert.Equal("ssn-near:" + Base64Url.EncodeToString(MacOf("ssn-near\n7\n1234567__")), tokenizer.NearTokens("123456789")[7]);
    }

    [Fact]
    public void Threads_tokenizing_at_once_get_the_tokens_one_thread_gets()
    {
        var tokenizer = new KeyedTokenizer(KeyA);
        var values = Enumerable.Range(0, 2_000).Select(i => (100_000_000 + (i * 7_919)).ToString(CultureInfo.InvariantCulture)).ToArray();
        var expected = values.Select(value => MacOf("id\nssid\n" + value)).ToArray();

        var results = new byte[values.Length][];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            results[i] = tokenizer.IdentifierToken("ssid", values[i]);
            Assert.Equal(8, tokenizer.NearTokens(values[i]).Count);
        });

        Assert.Equal(expected, results);
    }

    private static byte[] MacOf(string input) => HMACSHA256.HashData(KeyA, Encoding.UTF8.GetBytes(input));

    private static string ToStandardBase64(string base64Url)
    {
        var standard = base64Url.Replace('-', '+').Replace('_', '/');
        return standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
    }
}
