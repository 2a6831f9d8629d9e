using System.Globalization;
using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Turns a student block into what the matching index may hold: a <see cref="MatchFingerprint"/> of
/// keyed tokens and Bloom filters, and keyed blocking keys. Holds the service key (at least 32
/// bytes); nothing it returns contains or can be compared with clear text without that key.
/// </summary>
public sealed class MatchEncoder
{
    private const int DateDigits = 8;

    private readonly byte[] key;

    public MatchEncoder(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < KeyedTokenizer.MinimumKeyBytes)
        {
            throw new ArgumentException($"The matching key must be at least {KeyedTokenizer.MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = (byte[])key.Clone();
    }

    /// <summary>Normalizes, tokenizes and blocks one student block.</summary>
    public EncodedRecord Encode(StudentBlock student)
    {
        ArgumentNullException.ThrowIfNull(student);
        var normalized = NormalizedStudent.From(student);
        using var hasher = new MatchHasher(key);
        return new EncodedRecord(Fingerprint(normalized, hasher), BlockingKeys.For(normalized, hasher));
    }

    private static MatchFingerprint Fingerprint(NormalizedStudent student, MatchHasher hasher)
    {
        var firstName = TokenOf(hasher, "first", student.FirstName);
        long[]? firstNameRoots = student.FirstNameRoots.Count == 0
            ? null
            : [.. student.FirstNameRoots.Select(root => hasher.Token("first", root)).Order()];
        var (birthDate, birthDateSwapped, birthDateDigits) = BirthDateTokens(student.BirthDate, hasher);
        return new MatchFingerprint(
            FirstName: firstName,
            FirstNameRoots: firstNameRoots,
            FirstNameGrams: GramsOf(hasher, "first", student.FirstName),
            FirstNameEdits: NameEdits.Tokens(hasher, "first-edits", [student.FirstName, .. student.FirstNameRoots]),
            FirstNameRelativeEdits: NameEdits.Tokens(hasher, "first-edits", [.. student.FirstNameRelatives]),
            LastName: TokenOf(hasher, "last", student.LastName),
            LastNameGrams: GramsOf(hasher, "last", student.LastName),
            LastNameEdits: NameEdits.Tokens(hasher, "last-edits", student.LastName),
            BirthDate: birthDate,
            BirthDateSwapped: birthDateSwapped,
            BirthDateDigits: birthDateDigits,
            Sex: TokenOf(hasher, "sex", student.Sex),
            StreetAddress: TokenOf(hasher, "street", student.StreetAddress),
            StreetAddressGrams: GramsOf(hasher, "street", student.StreetAddress),
            City: TokenOf(hasher, "city", student.City),
            PostalCode: TokenOf(hasher, "zip", student.PostalCode),
            PostalArea: student.PostalCode is { } zip ? hasher.Token("zip3", zip.AsSpan(0, 3)) : null,
            Ssn: TokenOf(hasher, "ssn", student.SsnToken),
            SsnNear: student.SsnNearTokens is { } near ? [.. near.Select(token => hasher.Token("ssn-near", token))] : null,
            NamePair: NamePairToken(hasher, student.FirstName, student.LastName),
            Swapped: student is { FirstName: { } first, LastName: { } last }
                ? new SwappedNames(hasher.Token("last", first), hasher.BigramFilter("last", first), hasher.Token("first", last), hasher.BigramFilter("first", last))
                : null,
            FirstInitial: student.FirstName is { } given ? hasher.Token("first-initial", given.AsSpan(0, 1)) : null);
    }

    /// <summary>The two names in ordinal order, joined by a character no normalized name holds.</summary>
    private static long? NamePairToken(MatchHasher hasher, string? firstName, string? lastName)
    {
        if (firstName is null || lastName is null)
        {
            return null;
        }

        var inOrder = string.CompareOrdinal(firstName, lastName) <= 0;
        return hasher.Token("name-pair", inOrder ? $"{firstName}|{lastName}" : $"{lastName}|{firstName}");
    }

    private static (long? Exact, long? Swapped, long[]? Digits) BirthDateTokens(DateOnly? birthDate, MatchHasher hasher)
    {
        if (birthDate is not { } date)
        {
            return (null, null, null);
        }

        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var exact = hasher.Token("birth", text);

        long? swapped = null;
        if (date.Day <= 12 && date.Month <= 12)
        {
            new DateOnly(date.Year, date.Day, date.Month).TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            swapped = date.Day == date.Month ? exact : hasher.Token("birth", text);
        }

        Span<char> digits = stackalloc char[DateDigits];
        Span<char> maskedDigits = stackalloc char[DateDigits];
        date.TryFormat(digits, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        var tokens = new long[DateDigits];
        for (var masked = 0; masked < DateDigits; masked++)
        {
            digits.CopyTo(maskedDigits);
            maskedDigits[masked] = '_';
            tokens[masked] = hasher.Token("birth-digits", maskedDigits);
        }

        return (exact, swapped, tokens);
    }

    private static long? TokenOf(MatchHasher hasher, string field, string? value) => value is null ? null : hasher.Token(field, value);

    private static ulong[]? GramsOf(MatchHasher hasher, string field, string? value) => value is null ? null : hasher.BigramFilter(field, value);
}
