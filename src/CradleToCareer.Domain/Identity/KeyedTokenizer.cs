using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Identity;

/// <summary>
/// Keyed one-way tokens (HMAC-SHA256) for PII used in matching and for the identity index.
/// The same key always gives the same token; without the key a token reveals nothing.
/// </summary>
/// <remarks>
/// Each thread keys one HMAC once and resets it after every MAC: an ingest batch takes one MAC per identifier and
/// nine per SSN, and keying a new HMAC for each cost more than the MAC itself.
/// </remarks>
public sealed class KeyedTokenizer : ISsnTokenizer
{
    public const int MinimumKeyBytes = 32;
    private const string SsnTokenPrefix = "ssn:";
    private const string SsnNearTokenPrefix = "ssn-near:";
    private const int SsnDigits = 9;
    private const int StackInputBytes = 512;

    private static readonly string[] NearPrefixes =
        [.. Enumerable.Range(0, SsnDigits - 1).Select(first => "ssn-near\n" + first.ToString(CultureInfo.InvariantCulture) + "\n")];

    private readonly byte[] key;
    private readonly ThreadLocal<IncrementalHash> hmacs;

    public KeyedTokenizer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The tokenizer key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = (byte[])key.Clone();
        hmacs = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, this.key));
    }

    /// <summary>Returns <c>ssn:</c> + base64url of the MAC over the SSN's 9 digits.</summary>
    public string Tokenize(string nineDigits)
    {
        return SsnTokenPrefix + Base64Url.EncodeToString(Mac("ssn\n", SsnDigitsOf(nineDigits)));
    }

    /// <summary>
    /// Token i is <c>ssn-near:</c> + base64url of the MAC over <c>"ssn-near\n" + i + "\n"</c> and the digits with
    /// digits i and i + 1 replaced by <c>_</c>: a purpose of its own, so no near token equals any other token.
    /// </summary>
    public IReadOnlyList<string> NearTokens(string nineDigits)
    {
        var digits = SsnDigitsOf(nineDigits);
        var tokens = new string[SsnDigits - 1];
        Span<char> masked = stackalloc char[SsnDigits];
        for (var first = 0; first < tokens.Length; first++)
        {
            digits.CopyTo(masked);
            masked[first] = '_';
            masked[first + 1] = '_';
            tokens[first] = SsnNearTokenPrefix + Base64Url.EncodeToString(Mac(NearPrefixes[first], masked));
        }

        return tokens;
    }

    /// <summary>
    /// The MAC over <c>"id\n" + system + "\n" + value</c>, the key of the identity index.
    /// A system never contains a line break, so different (system, value) pairs never share input.
    /// </summary>
    public byte[] IdentifierToken(string system, string value)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(value);
        if (system.Contains('\n'))
        {
            throw new ArgumentException("An identifier system cannot contain a line break.", nameof(system));
        }

        return Mac("id\n" + system + "\n", value);
    }

    private static string SsnDigitsOf(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        return SsnFormat.Normalize(nineDigits)
            ?? throw new ArgumentException("An SSN must be 9 digits, optionally written 3-2-4 with dashes.", nameof(nineDigits));
    }

    /// <summary>The MAC over the UTF-8 of <c>prefix + value</c>, with this thread's keyed HMAC.</summary>
    private byte[] Mac(string prefix, ReadOnlySpan<char> value)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(prefix.Length + value.Length);
        Span<byte> input = maxBytes <= StackInputBytes ? stackalloc byte[StackInputBytes] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(prefix, input);
        length += Encoding.UTF8.GetBytes(value, input[length..]);
        var hmac = hmacs.Value!;
        hmac.AppendData(input[..length]);
        return hmac.GetHashAndReset();
    }
}
