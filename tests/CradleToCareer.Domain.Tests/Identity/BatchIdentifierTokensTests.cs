using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Tests.Identity;

public class BatchIdentifierTokensTests
{
    private static readonly KeyedTokenizer Tokenizer = new(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void A_token_is_the_base64_of_the_identifier_mac()
    {
        var tokens = new BatchIdentifierTokens(Tokenizer);

        Assert.Equal(Convert.ToBase64String(Tokenizer.IdentifierToken("ssid", "0020758973")), tokens.For(new StudentIdentifier("ssid", "0020758973")));
    }

    [Fact]
    public void An_identifier_seen_again_in_the_batch_gets_the_same_token_instance()
    {
        var tokens = new BatchIdentifierTokens(Tokenizer);

        var first = tokens.For(new StudentIdentifier("ssid", "0020758973"));
        var again = tokens.For(new StudentIdentifier("ssid", "0020758973"));

        Assert.Same(first, again);
    }

    [Fact]
    public void System_and_value_both_tell_identifiers_apart()
    {
        var tokens = new BatchIdentifierTokens(Tokenizer);

        var ssid = tokens.For(new StudentIdentifier("ssid", "A1"));

        Assert.NotEqual(ssid, tokens.For(new StudentIdentifier("csu-id", "A1")));
        Assert.NotEqual(ssid, tokens.For(new StudentIdentifier("ssid", "A2")));
        Assert.Equal(Convert.ToBase64String(Tokenizer.IdentifierToken("csu-id", "A1")), tokens.For(new StudentIdentifier("csu-id", "A1")));
    }
}
