using System.Buffers.Binary;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// A fingerprint as compact bytes for storage: a version byte, then every field in declaration order. A token is a
/// presence byte and 8 bytes little-endian; an array its length plus one (0 for null) as a 7-bit varint and its items;
/// the swapped names a presence byte and their four parts. About a third of the JSON form, and the database stores it
/// without parsing it.
/// </summary>
/// <remarks>A field added to <see cref="MatchFingerprint"/> gets a new version; readers keep reading the old ones.</remarks>
public static class FingerprintBinary
{
    private const byte Version = 1;

    public static byte[] Write(MatchFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var writer = new Writer();
        writer.Byte(Version);
        writer.Token(fingerprint.FirstName);
        writer.Tokens(fingerprint.FirstNameRoots);
        writer.Grams(fingerprint.FirstNameGrams);
        writer.Tokens(fingerprint.FirstNameEdits);
        writer.Tokens(fingerprint.FirstNameRelativeEdits);
        writer.Token(fingerprint.LastName);
        writer.Grams(fingerprint.LastNameGrams);
        writer.Tokens(fingerprint.LastNameEdits);
        writer.Token(fingerprint.BirthDate);
        writer.Token(fingerprint.BirthDateSwapped);
        writer.Tokens(fingerprint.BirthDateDigits);
        writer.Token(fingerprint.Sex);
        writer.Token(fingerprint.StreetAddress);
        writer.Grams(fingerprint.StreetAddressGrams);
        writer.Token(fingerprint.City);
        writer.Token(fingerprint.PostalCode);
        writer.Token(fingerprint.PostalArea);
        writer.Token(fingerprint.Ssn);
        writer.Tokens(fingerprint.SsnNear);
        writer.Token(fingerprint.NamePair);
        writer.Swapped(fingerprint.Swapped);
        writer.Token(fingerprint.FirstInitial);
        return writer.ToArray();
    }

    /// <exception cref="FormatException">The bytes are not a fingerprint of a known version, or are cut short.</exception>
    public static MatchFingerprint Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new Reader(bytes);
        var version = reader.Byte();
        if (version != Version)
        {
            throw new FormatException($"Unknown stored fingerprint version {version}.");
        }

        var fingerprint = new MatchFingerprint(
            FirstName: reader.Token(),
            FirstNameRoots: reader.Tokens(),
            FirstNameGrams: reader.Grams(),
            FirstNameEdits: reader.Tokens(),
            FirstNameRelativeEdits: reader.Tokens(),
            LastName: reader.Token(),
            LastNameGrams: reader.Grams(),
            LastNameEdits: reader.Tokens(),
            BirthDate: reader.Token(),
            BirthDateSwapped: reader.Token(),
            BirthDateDigits: reader.Tokens(),
            Sex: reader.Token(),
            StreetAddress: reader.Token(),
            StreetAddressGrams: reader.Grams(),
            City: reader.Token(),
            PostalCode: reader.Token(),
            PostalArea: reader.Token(),
            Ssn: reader.Token(),
            SsnNear: reader.Tokens(),
            NamePair: reader.Token(),
            Swapped: reader.Swapped(),
            FirstInitial: reader.Token());
        return reader.AtEnd ? fingerprint : throw new FormatException("A stored fingerprint has bytes after its last field.");
    }

    private sealed class Writer
    {
        private readonly List<byte> _bytes = new(1024);
        private readonly byte[] _word = new byte[sizeof(long)];

        public void Byte(byte value) => _bytes.Add(value);

        public void Token(long? value)
        {
            Byte(value is null ? (byte)0 : (byte)1);
            if (value is { } token)
            {
                Word((ulong)token);
            }
        }

        public void Tokens(long[]? values)
        {
            Length(values?.Length);
            foreach (var value in values ?? [])
            {
                Word((ulong)value);
            }
        }

        public void Grams(ulong[]? values)
        {
            Length(values?.Length);
            foreach (var value in values ?? [])
            {
                Word(value);
            }
        }

        public void Swapped(SwappedNames? swapped)
        {
            Byte(swapped is null ? (byte)0 : (byte)1);
            if (swapped is not null)
            {
                Word((ulong)swapped.FirstAsLast);
                Grams(swapped.FirstGramsAsLast);
                Word((ulong)swapped.LastAsFirst);
                Grams(swapped.LastGramsAsFirst);
            }
        }

        public byte[] ToArray() => [.. _bytes];

        /// <summary>Null as 0, a length n as n + 1, seven bits a byte, low bits first.</summary>
        private void Length(int? length)
        {
            var value = (uint)(length is { } n ? n + 1 : 0);
            while (value >= 0x80)
            {
                Byte((byte)(value | 0x80));
                value >>= 7;
            }

            Byte((byte)value);
        }

        private void Word(ulong value)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(_word, value);
            _bytes.AddRange(_word);
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        /// <summary>No fingerprint field holds more items than this; a larger length is corrupt data.</summary>
        private const int MaxItems = 4_096;

        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public byte Byte() =>
            _position < _bytes.Length ? _bytes[_position++] : throw new FormatException("A stored fingerprint is cut short.");

        public long? Token() => Byte() switch
        {
            0 => null,
            1 => (long)Word(),
            var flag => throw new FormatException($"A stored fingerprint has a token flag {flag}."),
        };

        public long[]? Tokens()
        {
            if (Length() is not { } n)
            {
                return null;
            }

            var values = new long[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = (long)Word();
            }

            return values;
        }

        public ulong[]? Grams()
        {
            if (Length() is not { } n)
            {
                return null;
            }

            var values = new ulong[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = Word();
            }

            return values;
        }

        public SwappedNames? Swapped() => Byte() switch
        {
            0 => null,
            1 => new SwappedNames((long)Word(), Present(Grams()), (long)Word(), Present(Grams())),
            var flag => throw new FormatException($"A stored fingerprint has a swapped-names flag {flag}."),
        };

        private static ulong[] Present(ulong[]? grams) =>
            grams ?? throw new FormatException("A stored fingerprint's swapped names lack a filter.");

        private int? Length()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var part = Byte();
                value |= (uint)(part & 0x7F) << shift;
                if (part < 0x80)
                {
                    return value switch
                    {
                        0 => null,
                        <= MaxItems + 1 => (int)value - 1,
                        _ => throw new FormatException($"A stored fingerprint has an array of {value - 1} items."),
                    };
                }
            }

            throw new FormatException("A stored fingerprint has a malformed length.");
        }

        private ulong Word()
        {
            if (_position + sizeof(ulong) > _bytes.Length)
            {
                throw new FormatException("A stored fingerprint is cut short.");
            }

            var value = BinaryPrimitives.ReadUInt64LittleEndian(_bytes.Slice(_position, sizeof(ulong)));
            _position += sizeof(ulong);
            return value;
        }
    }
}
