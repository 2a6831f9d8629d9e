namespace CradleToCareer.Domain.Disclosures;

/// <summary>One disclosure of a student's data to another organization: who, which organization, what, under which consent, why, when.</summary>
public sealed record Disclosure(
    string PersonId,
    string ClientId,
    string OrganizationId,
    string Scope,
    string ConsentId,
    string Purpose,
    DateTimeOffset DisclosedAt);

/// <summary>A disclosure as recorded: its place in the person's chain and the hashes that make tampering evident.</summary>
public sealed record RecordedDisclosure(Disclosure Disclosure, int EntryNumber, byte[] PreviousHash, byte[] Hash);

/// <summary>The outcome of checking a person's chain: valid, or the first entry that does not hold.</summary>
public sealed record ChainVerification(bool Valid, int? FirstBrokenEntry);
