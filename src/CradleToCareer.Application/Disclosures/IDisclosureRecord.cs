using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Application.Disclosures;

/// <summary>
/// The append-only record of every disclosure of a student's data to another organization, chained per
/// student so that any later change is evident. Nothing can update or delete an entry.
/// </summary>
public interface IDisclosureRecord
{
    /// <summary>Appends the disclosure to the end of its person's chain, durably.</summary>
    Task<RecordedDisclosure> AppendAsync(Disclosure disclosure, CancellationToken cancellationToken);

    /// <summary>The person's entries in chain order.</summary>
    Task<IReadOnlyList<RecordedDisclosure>> ReadAsync(string personId, CancellationToken cancellationToken);
}
