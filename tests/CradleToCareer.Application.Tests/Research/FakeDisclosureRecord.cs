using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Application.Tests.Research;

/// <summary>Disclosures appended in a test, in order, each also written to the scene's log.</summary>
internal sealed class FakeDisclosureRecord(List<string> log) : IDisclosureRecord
{
    public List<Disclosure> Appended { get; } = [];

    public Task<RecordedDisclosure> AppendAsync(Disclosure disclosure, CancellationToken cancellationToken)
    {
        Appended.Add(disclosure);
        log.Add("disclose " + disclosure.PersonId);
        return Task.FromResult(new RecordedDisclosure(disclosure, Appended.Count, [], []));
    }

    public Task<IReadOnlyList<RecordedDisclosure>> ReadAsync(string personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecordedDisclosure>>(
            [.. Appended.Where(d => d.PersonId == personId).Select((d, i) => new RecordedDisclosure(d, i + 1, [], []))]);
}
