using CradleToCareer.Domain.Consent;

namespace CradleToCareer.Host.Pages.Student;

/// <summary>One table of consents on the consents page: active ones with a revoke button each, or past ones.</summary>
internal sealed record ConsentTable(string CaptionId, string Caption, IReadOnlyList<Consent> Consents, ConsentsModel Page, bool Revocable);
