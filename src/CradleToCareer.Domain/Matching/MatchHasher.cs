using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The keyed MACs of matching: HMAC-SHA256 with the service key over
/// <c>purpose \n field \n value</c>, so tokens, Bloom filters and blocking keys, and every field
/// within each, are made from inputs no other one can share.
/// </summary>
/// <remarks>
/// One instance serves one record and one thread: it keys an HMAC once and resets it after each
/// MAC, which costs half of keying a new one for each of the record's 40 to 70 MACs.
/// </remarks>
internal sealed class MatchHasher(byte[] key) : IDisposable
{
    private const int StackInputBytes = 512;
    private const int BlockingKeyBytes = 16;

    private readonly IncrementalHash hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

    /// <summary>The first 64 bits of the MAC of a normalized value.</summary>
    public long Token(string field, ReadOnlySpan<char> value)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac("match", field, value, mac);
        return BinaryPrimitives.ReadInt64LittleEndian(mac);
    }

    /// <summary>The Bloom filter of the padded bigrams of a value (" jon " → " j", "jo", "on", "n "), one MAC per bigram.</summary>
    public ulong[] BigramFilter(string field, ReadOnlySpan<char> value)
    {
        var filter = new ulong[BloomFilter.Words];
        Span<char> bigram = stackalloc char[2];
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        for (var i = 0; i <= value.Length; i++)
        {
            bigram[0] = i == 0 ? ' ' : value[i - 1];
            bigram[1] = i == value.Length ? ' ' : value[i];
            Mac("grams", field, bigram, mac);
            BloomFilter.Add(filter, mac);
        }

        return filter;
    }

    /// <summary><c>bk:</c> + base64url of the first 128 bits of the MAC of a blocking value.</summary>
    public string BlockingKey(string kind, ReadOnlySpan<char> value)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac("block", kind, value, mac);
        return "bk:" + kind + ":" + Base64Url.EncodeToString(mac[..BlockingKeyBytes]);
    }

    private void Mac(string purpose, string field, ReadOnlySpan<char> value, Span<byte> mac)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(purpose.Length + field.Length + value.Length + 2);
        Span<byte> input = maxBytes <= StackInputBytes ? stackalloc byte[StackInputBytes] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(purpose, input);
        input[length++] = (byte)'\n';
        length += Encoding.UTF8.GetBytes(field, input[length..]);
        input[length++] = (byte)'\n';
        length += Encoding.UTF8.GetBytes(value, input[length..]);
        hmac.AppendData(input[..length]);
        hmac.GetHashAndReset(mac);
    }

    public void Dispose() => hmac.Dispose();
}
