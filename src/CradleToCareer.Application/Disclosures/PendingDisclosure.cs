using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Application.Disclosures;

/// <summary>
/// A disclosure that a consent covers but that has not happened yet: the <see cref="DisclosureGate"/> records it
/// only when the data is about to leave.
/// </summary>
public sealed record PendingDisclosure(Caller Caller, string PersonId, DisclosureScope Scope, Consent Consent);
