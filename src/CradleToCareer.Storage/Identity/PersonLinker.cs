using System.Security.Cryptography;
using CradleToCareer.Domain.Events;
using CradleToCareer.Storage.EventLog;

namespace CradleToCareer.Storage.Ingest;

/// <summary>
/// Deterministic identity: an identifier seen before lands on its person; a block whose identifiers
/// are all new becomes a new person; identifiers already on two persons are refused for review.
/// Probabilistic matching of all-new blocks (rules.md, Identity) plugs in at <see cref="Resolve"/>.
/// </summary>
internal sealed class DeterministicLinker(IReadOnlyDictionary<string, string> knownLinks, Func<string> newPersonId)
{
    private readonly Dictionary<string, string> _links = new(knownLinks, StringComparer.Ordinal);
    private readonly List<string> _newPersons = [];
    private readonly List<(string, string)> _newLinks = [];

    public IReadOnlyList<string> NewPersons => _newPersons;

    public IReadOnlyList<(string IdToken, string PersonId)> NewLinks => _newLinks;

    public AppendOutcome Resolve(IReadOnlyList<string> idTokens)
    {
        var persons = idTokens
            .Select(token => _links.GetValueOrDefault(token))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        if (persons.Count > 1)
        {
            return new AppendOutcome(
                AppendStatus.Rejected,
                null,
                new FieldError("/data/student/ids", "these identifiers already belong to two different persons; the record is held back for an identity steward to review"));
        }

        if (persons.Count == 1)
        {
            return Attach(idTokens, persons[0]);
        }

        var personId = newPersonId();
        _newPersons.Add(personId);
        return Attach(idTokens, personId);
    }

    /// <summary>Links any new identifiers of the block to the given person.</summary>
    public AppendOutcome Attach(IReadOnlyList<string> idTokens, string personId)
    {
        foreach (var token in idTokens.Where(token => !_links.ContainsKey(token)))
        {
            _links[token] = personId;
            _newLinks.Add((token, personId));
        }

        return new AppendOutcome(AppendStatus.Accepted, personId);
    }
}

/// <summary>Opaque person ids: random, never derived from anything about the person.</summary>
public static class PersonIds
{
    public static string New() =>
        "p_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
