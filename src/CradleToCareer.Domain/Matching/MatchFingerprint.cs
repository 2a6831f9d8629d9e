namespace CradleToCareer.Domain.Matching;

/// <summary>
/// What the matching index holds about one record: keyed tokens (the first 64 bits of an HMAC-SHA256
/// with the service key) and keyed Bloom filters of bigrams, never clear text. Without the key a
/// token cannot be tested against a guessed value. Every member is null when the source did not
/// send the field (or sent nothing usable after normalization).
/// </summary>
/// <param name="FirstName">Token of the normalized first name.</param>
/// <param name="FirstNameRoots">
/// Sorted tokens of the first name's roots in the nickname table (Bill → william; Alex → alejandro,
/// alexander, alexandra), made like <paramref name="FirstName"/>; the name's own token when the table
/// does not know it.
/// </param>
/// <param name="FirstNameGrams">Bloom filter (512 bits) of the padded bigrams of the first name.</param>
/// <param name="FirstNameEdits">
/// Sorted tokens of the <see cref="NameEdits">deletion neighbourhood</see> of the first name and of
/// its nickname root, kept apart from every other token; null when both are shorter than 4 letters.
/// </param>
/// <param name="FirstNameRelativeEdits">
/// For a name the nickname table knows: the deletion neighbourhoods of every name of its groups, made
/// like <paramref name="FirstNameEdits"/>. Null for a name the table does not know, which is how a
/// misspelt nickname ("Jeo") is told from a real name.
/// </param>
/// <param name="LastName">Token of the normalized last name.</param>
/// <param name="LastNameGrams">Bloom filter (512 bits) of the padded bigrams of the last name.</param>
/// <param name="LastNameEdits">Like <paramref name="FirstNameEdits"/>, for the last name.</param>
/// <param name="BirthDate">Token of the birth date as <c>yyyy-mm-dd</c>.</param>
/// <param name="BirthDateSwapped">
/// Token of the birth date with day and month exchanged, made like <paramref name="BirthDate"/>;
/// null unless both day and month are 12 or less.
/// </param>
/// <param name="BirthDateDigits">
/// Eight tokens, token i of the <c>yyyymmdd</c> digits with digit i masked: equal dates share all
/// eight, dates one digit apart share exactly one, at the same index.
/// </param>
/// <param name="Sex">Token of the upper-case first letter of the sex.</param>
/// <param name="StreetAddress">Token of the normalized street address (suffixes abbreviated).</param>
/// <param name="StreetAddressGrams">Bloom filter (512 bits) of the padded bigrams of the street address.</param>
/// <param name="City">Token of the normalized city.</param>
/// <param name="PostalCode">Token of the 5-digit ZIP code.</param>
/// <param name="PostalArea">Token of the ZIP code's first 3 digits.</param>
/// <param name="Ssn">Token of the (already keyed) SSN token.</param>
/// <param name="SsnNear">
/// Tokens of the SSN's eight (already keyed) near tokens, in their order: token i stands for the SSN with
/// digits i and i + 1 masked, so SSNs one digit apart or with two neighbouring digits transposed share one at
/// the same index. Null without an SSN, and for a record fingerprinted before near tokens existed (or whose
/// block came back from the event log, which does not hold them): its SSN then compares exactly.
/// </param>
/// <param name="NamePair">
/// Token of the first and last name together, in ordinal order rather than field order: equal for two
/// records whose given and family names are swapped. Null unless both names are present.
/// </param>
/// <param name="Swapped">
/// The two names made as the other field's, for swapped names with a typo (<see cref="SwappedNames"/>). Null unless
/// both names are present, and for a record fingerprinted before it existed.
/// </param>
/// <param name="FirstInitial">
/// Token of the first name's first letter. Null without a first name, and for a record fingerprinted before it
/// existed.
/// </param>
public sealed record MatchFingerprint(
    long? FirstName,
    long[]? FirstNameRoots,
    ulong[]? FirstNameGrams,
    long[]? FirstNameEdits,
    long[]? FirstNameRelativeEdits,
    long? LastName,
    ulong[]? LastNameGrams,
    long[]? LastNameEdits,
    long? BirthDate,
    long? BirthDateSwapped,
    long[]? BirthDateDigits,
    long? Sex,
    long? StreetAddress,
    ulong[]? StreetAddressGrams,
    long? City,
    long? PostalCode,
    long? PostalArea,
    long? Ssn,
    long[]? SsnNear,
    long? NamePair,
    SwappedNames? Swapped = null,
    long? FirstInitial = null);
