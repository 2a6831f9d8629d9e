using CradleToCareer.Application.Disclosures;
using CradleToCareer.Application.Identity;
using CradleToCareer.Application.Students;
using CradleToCareer.Domain.Views;

namespace CradleToCareer.Application.Views;

/// <summary>
/// The advising view of one student (roles advisor and college), under the consent the student gave the caller's
/// organization for <c>progress</c>; the sections of the other scopes that consent covers are added. Null, the same as
/// for an unknown person, without such a consent.
/// </summary>
public sealed class ViewProgress(IIdentityStore identity, IStudentRecords students, DisclosureGate gate)
{
    public async Task<ProgressView?> RunAsync(Caller caller, string personId, CancellationToken cancellationToken) =>
        await identity.CurrentAsync(personId, cancellationToken) is { } current
            ? await gate.DiscloseAsync(
                caller, current, DisclosureScope.Progress, consent => students.ProgressAsync(current, consent.Scopes), cancellationToken)
            : null;
}
