using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Application.Views;

/// <summary>
/// The advising views of one page of an advisor's caseload: <see cref="ViewProgress"/> for each student of the page,
/// read side by side and recorded together (<see cref="DisclosureGate.DiscloseEachAsync{T}"/>). A student whose consent
/// no longer covers <c>progress</c> is left out; two ids merged into one person give one view. The caller pages: it
/// asks for a page's students, not a whole caseload.
/// </summary>
public sealed class ViewCaseload(IIdentityStore identity, IStudentRecords students, DisclosureGate gate)
{
    /// <returns>The views given, in the order of <paramref name="personIds"/>.</returns>
    public async Task<IReadOnlyList<ProgressView>> RunAsync(
        Caller caller, IReadOnlyList<string> personIds, CancellationToken cancellationToken)
    {
        var current = await Task.WhenAll(personIds.Select(personId => identity.CurrentAsync(personId, cancellationToken)));
        return await gate.DiscloseEachAsync(
            caller,
            [.. current.OfType<string>().Distinct(StringComparer.Ordinal)],
            DisclosureScope.Progress,
            (personId, consent) => students.ProgressAsync(personId, consent.Scopes),
            cancellationToken);
    }
}
