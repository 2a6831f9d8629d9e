using System.Runtime.InteropServices;
using CradleToCareer.Domain.Identity;
using CradleToCareer.Abstractions;
using CradleToCareer.Domain.Matching;
using CradleToCareer.Application.Identity;

namespace CradleToCareer.Grains.Matching;

/// <summary>
/// One placement's matching work: candidates gathered from the blocking-key grains, then decisions in subject order, where a subject may also match one placed earlier in the
/// same round. Each subject's names weigh what their frequency says (<paramref name="rarities"/>, index by index).
/// </summary>
internal sealed class MatchRound(
    IReadOnlyList<MatchSubject> subjects,
    EncodedRecord[] encoded,
    NameRarity[] rarities,
    MatchWeights weights,
    MatchThresholds thresholds,
    DateTimeOffset now)
{
    /// <summary>Random pairs compared per subject: enough for u over a few batches, cheap beside the candidates.</summary>
    private const int RandomPairsPerSubject = 3;

    private readonly Dictionary<string, Found>[] _candidates =
        [.. subjects.Select(_ => new Dictionary<string, Found>(StringComparer.Ordinal))];

    private readonly Dictionary<int, MatchScore> _scores = [];

    /// <summary>Blocking key to the subjects (by index, ascending) carrying it.</summary>
    public IReadOnlyDictionary<string, List<int>> SubjectsByKey { get; } = GroupByKey(encoded);

    /// <summary>
    /// Every distinct (subject, record) comparison, by pattern code, with the fields its shared keys force
    /// left out (<see cref="BlockingKinds.ForEstimation"/>): EM's input.
    /// </summary>
    public Dictionary<int, long> PatternCounts { get; } = [];

    /// <summary>
    /// Each subject against a few others of this round: pairs of unrelated records, the sample u is
    /// estimated from. Subjects of one round rarely belong to one person, and a few that do barely move u.
    /// </summary>
    public Dictionary<int, long> RandomPairCounts()
    {
        var counts = new Dictionary<int, long>();
        for (var i = 0; i < encoded.Length; i++)
        {
            for (var step = 1; step <= RandomPairsPerSubject && step < encoded.Length; step++)
            {
                var code = RecordComparator.Compare(encoded[i].Fingerprint, encoded[(i + step) % encoded.Length].Fingerprint).Code;
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }

    /// <summary>
    /// Adds what the grain of <paramref name="key"/> found for a subject; a record found under several keys is one
    /// candidate, which remembers the fields its shared keys force (<see cref="BlockingKinds.ForcedFieldsMask"/>).
    /// </summary>
    public void AddCandidates(int subject, string key, CandidatePattern[] found)
    {
        var forced = BlockingKinds.ForcedFieldsMask(key);
        foreach (var candidate in found)
        {
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_candidates[subject], candidate.RecordId, out var exists);
            known = new Found(candidate, exists ? known.ForcedFields | forced : forced);
        }
    }

    public IReadOnlyList<MatchDecision> Decide()
    {
        var decisions = new MatchDecision[subjects.Count];
        for (var i = 0; i < subjects.Count; i++)
        {
            AddEarlierSubjects(i, decisions);
            CountForEstimation(i);
            decisions[i] = DecideOne(i);
        }

        return decisions;
    }

    /// <summary>
    /// Links to the best-scoring candidate (<see cref="CandidateRanking"/>), with the other persons it bridges to,
    /// reviews the pair, or makes a new person.
    /// </summary>
    private MatchDecision DecideOne(int subject)
    {
        var ranked = CandidateRanking.Decide(
            _candidates[subject].Values.Select(found => (found.Candidate.PersonId, ScoreOf(subject, found.Candidate.Pattern))), thresholds);
        var personId = ranked.Verdict == MatchClass.Link ? ranked.BestPersonId! : PersonIds.New();
        var record = new MatchRecord(subjects[subject].RecordId, personId, encoded[subject].BlockingKeys, encoded[subject].Fingerprint);
        var review = ranked is { Verdict: MatchClass.Review, BestPersonId: { } candidate, BestScore: { } score }
            ? new ReviewItem(
                ReviewItem.NewId(), ReviewKinds.PossibleMatch, personId, candidate, score.Total, score.Fields,
                ReviewReasons.ForPossibleMatch(score, thresholds), [], now)
            : null;
        return new MatchDecision(personId, ranked.Verdict != MatchClass.Link, record, review, ranked.Bridged);
    }

    /// <summary>Earlier subjects of this round sharing a key are candidates too, under the person they were placed on.</summary>
    private void AddEarlierSubjects(int subject, MatchDecision[] decisions)
    {
        foreach (var key in encoded[subject].BlockingKeys)
        {
            foreach (var earlier in SubjectsByKey[key].TakeWhile(j => j < subject))
            {
                var pattern = RecordComparator.Compare(encoded[subject].Fingerprint, encoded[earlier].Fingerprint).Code;
                AddCandidates(subject, key, [new CandidatePattern(subjects[earlier].RecordId, decisions[earlier].PersonId, pattern)]);
            }
        }
    }

    /// <summary>
    /// Patterns repeat a great deal, so each is scored once per round; a pair agreeing on a name the subject's
    /// frequencies adjust is scored on its own.
    /// </summary>
    private MatchScore ScoreOf(int subject, int code)
    {
        var pattern = new ComparisonPattern(code);
        if (FellegiSunter.IsAdjusted(pattern, rarities[subject]))
        {
            return FellegiSunter.Score(pattern, weights, rarities[subject]);
        }

        if (!_scores.TryGetValue(code, out var score))
        {
            _scores[code] = score = FellegiSunter.Score(pattern, weights);
        }

        return score;
    }

    private void CountForEstimation(int subject)
    {
        foreach (var found in _candidates[subject].Values)
        {
            var code = BlockingKinds.ForEstimation(new ComparisonPattern(found.Candidate.Pattern), found.ForcedFields).Code;
            PatternCounts[code] = PatternCounts.GetValueOrDefault(code) + 1;
        }
    }

    /// <summary>A candidate record and the pattern bits of the fields the keys it shares with the subject force.</summary>
    private readonly record struct Found(CandidatePattern Candidate, int ForcedFields);

    /// <summary>Blocking key to the records (by index, ascending) carrying it.</summary>
    public static Dictionary<string, List<int>> GroupByKey(EncodedRecord[] encoded)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < encoded.Length; i++)
        {
            foreach (var key in encoded[i].BlockingKeys.Distinct(StringComparer.Ordinal))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(i);
            }
        }

        return byKey;
    }
}
