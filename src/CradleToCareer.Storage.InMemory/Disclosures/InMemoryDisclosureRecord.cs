using CradleToCareer.Application.Disclosures;
using CradleToCareer.Domain.Disclosures;

namespace CradleToCareer.Storage.InMemory.Disclosures;

/// <summary>The embedded default's disclosure record: same chaining, in process memory.</summary>
public sealed class InMemoryDisclosureRecord : IDisclosureRecord
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<RecordedDisclosure>> _chains = new(StringComparer.Ordinal);

    public Task<RecordedDisclosure> AppendAsync(Disclosure disclosure, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_chains.TryGetValue(disclosure.PersonId, out var chain))
            {
                _chains[disclosure.PersonId] = chain = [];
            }

            var previous = chain.Count == 0 ? DisclosureChain.Genesis : chain[^1].Hash;
            var entry = new RecordedDisclosure(disclosure, chain.Count + 1, previous, DisclosureChain.Hash(previous, chain.Count + 1, disclosure));
            chain.Add(entry);
            return Task.FromResult(entry);
        }
    }

    public Task<IReadOnlyList<RecordedDisclosure>> ReadAsync(string personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<RecordedDisclosure> entries = _chains.TryGetValue(personId, out var chain) ? [.. chain] : [];
            return Task.FromResult(entries);
        }
    }
}
