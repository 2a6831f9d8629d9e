using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// Writes a true person down as source A (a high school of their district, grade 9) or source B (a college,
/// the fall after high school) would: each record under its institution's own <c>local:</c> id system, with a
/// number no other record has, derived from the seed and the tag so a new tag gives new identifiers.
/// </summary>
public sealed class RecordFactory(Random rng, int seed, string tag, CorruptionModel corruption)
{
    public const double SsnShareA = 0.30;
    public const double SsnShareB = 0.20;

    /// <summary>Share of B records at the community college of the student's district; the rest go to a four-year campus.</summary>
    public const double CommunityCollegeShare = 0.6;

    private static readonly College[] FourYearColleges =
        [.. PlaceCatalog.CsuCampuses, .. PlaceCatalog.UcCampuses, PlaceCatalog.PrivateUniversity];

    private readonly IdScrambler _numbersA = IdScrambler.Digits(8, 48_271, seed, StableHash(tag) ^ 0x0A);
    private readonly RecordCorruptor _corruptor = new(corruption);
    private readonly IdScrambler _numbersB = IdScrambler.Digits(9, 69_621, seed, StableHash(tag) ^ 0x0B);

    public SourceRecord ForSourceA(TruePerson person, int index)
    {
        var district = person.Address.District;
        var school = district.HighSchools[rng.Next(district.HighSchools.Length)];
        var draft = new RecordDraft(person) { Ssn = rng.NextDouble() < SsnShareA ? person.Ssn : null };
        _corruptor.Apply(rng, draft, SourceSide.A);
        var id = new StudentId($"local:{school.Id}", _numbersA.Map(index).ToString("D8"));
        return new SourceRecord(
            SourceSide.A, index, person.Index, district.Source, school, person.CohortYear + 14, draft.ToBlock(id), draft.Kinds);
    }

    public SourceRecord ForSourceB(TruePerson person, int index)
    {
        var draft = new RecordDraft(person) { Ssn = rng.NextDouble() < SsnShareB ? person.Ssn : null };
        _corruptor.Apply(rng, draft, SourceSide.B);
        var college = rng.NextDouble() < CommunityCollegeShare
            ? draft.Address.District.CommunityCollege
            : FourYearColleges[rng.Next(FourYearColleges.Length)];
        var id = new StudentId($"local:{college.Institution.Id}", _numbersB.Map(index).ToString("D9"));
        return new SourceRecord(
            SourceSide.B, index, person.Index, college.Source, college.Institution, person.CohortYear + 18, draft.ToBlock(id), draft.Kinds);
    }

    /// <summary>FNV-1a over the tag's characters: the same on every run and platform, unlike string.GetHashCode.</summary>
    private static int StableHash(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16_777_619u;
        }
        return (int)hash;
    }
}
