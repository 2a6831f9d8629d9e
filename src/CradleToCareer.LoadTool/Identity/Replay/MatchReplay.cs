using System.Security.Cryptography;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Domain.Matching;
using Matched = CradleToCareer.Domain.Events;
using Sent = CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity.Replay;

/// <summary>What a replay did: the person index each record landed on (after merges), and the queue it would leave.</summary>
public sealed record ReplayResult(int[] PersonOf, int Reviews, int Merges);

/// <summary>
/// The matcher's decisions without a service: each record, in order, is encoded with a fresh key, compared with every
/// earlier record sharing a blocking key, and placed by <see cref="CandidateRanking"/> under the default weights and
/// thresholds (a link, a review, or a new person), its names weighed by how often earlier records carried them
/// (<see cref="NameRarity"/>); a link that bridges other persons merges them, as ingest does.
/// No EM re-estimation, no stewards. For tuning in seconds; the bars are judged on runs against the service.
/// </summary>
public sealed class MatchReplay
{
    private readonly KeyedTokenizer _tokenizer;
    private readonly MatchEncoder _encoder;

    public MatchReplay()
    {
        var key = RandomNumberGenerator.GetBytes(KeyedTokenizer.MinimumKeyBytes);
        _tokenizer = new KeyedTokenizer(key);
        _encoder = new MatchEncoder(key);
    }

    public ReplayResult Run(IReadOnlyList<Sent.StudentBlock> students)
    {
        var encoded = students.Select(Encode).ToArray();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var person = new int[encoded.Length];
        var survivor = new Dictionary<int, int>();
        var (reviews, merges) = (0, 0);
        var (firstNames, lastNames) = (new CountMinSketch(), new CountMinSketch());
        for (var i = 0; i < encoded.Length; i++)
        {
            var rarity = RarityOf(encoded[i].Fingerprint, firstNames, lastNames);
            var candidates = encoded[i].BlockingKeys
                .SelectMany(key => byKey.GetValueOrDefault(key) ?? [])
                .Distinct()
                .Select(j => (PersonId: Find(person[j]).ToString("D9"), Score: FellegiSunter.Score(
                    RecordComparator.Compare(encoded[i].Fingerprint, encoded[j].Fingerprint), MatchWeights.Default, rarity)));
            var ranked = CandidateRanking.Decide(candidates, MatchThresholds.Default);
            person[i] = ranked.Verdict == MatchClass.Link ? int.Parse(ranked.BestPersonId!) : i;
            reviews += ranked.Verdict == MatchClass.Review ? 1 : 0;
            foreach (var other in (ranked.Bridged ?? []).Select(int.Parse).Select(Find).Where(other => other != Find(person[i])))
            {
                survivor[other] = Find(person[i]);
                merges++;
            }

            Count(encoded[i].Fingerprint, firstNames, lastNames);
            foreach (var key in encoded[i].BlockingKeys.Distinct(StringComparer.Ordinal))
            {
                if (!byKey.TryGetValue(key, out var filed))
                {
                    byKey[key] = filed = [];
                }

                filed.Add(i);
            }
        }

        return new ReplayResult([.. person.Select(Find)], reviews, merges);

        int Find(int p)
        {
            while (survivor.TryGetValue(p, out var next))
            {
                p = next;
            }

            return p;
        }
    }

    private static NameRarity RarityOf(MatchFingerprint fingerprint, CountMinSketch firstNames, CountMinSketch lastNames) =>
        NameRarity.Of(
            new NameCount(
                fingerprint.FirstName is { } first ? firstNames.Estimate(first) : null,
                fingerprint.LastName is { } last ? lastNames.Estimate(last) : null,
                firstNames.Total,
                lastNames.Total),
            MatchWeights.Default);

    private static void Count(MatchFingerprint fingerprint, CountMinSketch firstNames, CountMinSketch lastNames)
    {
        if (fingerprint.FirstName is { } first)
        {
            firstNames.Add(first);
        }

        if (fingerprint.LastName is { } last)
        {
            lastNames.Add(last);
        }
    }

    private EncodedRecord Encode(Sent.StudentBlock student) => _encoder.Encode(new Matched.StudentBlock(
        [],
        student.FirstName,
        student.MiddleName,
        student.LastName,
        student.BirthDate,
        student.Sex,
        student.StreetAddress,
        student.City,
        student.PostalCode,
        student.Ssn is { } ssn ? _tokenizer.Tokenize(ssn) : null,
        student.Ssn is { } near ? _tokenizer.NearTokens(near) : null));
}
