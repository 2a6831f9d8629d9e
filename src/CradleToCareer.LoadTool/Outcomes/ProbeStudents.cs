using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Outcomes;

/// <summary>A probe graduate: who it is to the service. No address and no SSN: a K-12 feed sends neither here.</summary>
public sealed record ProbeStudent(long Index, string Ssid, string FirstName, string LastName, DateOnly BirthDate, string? Sex)
{
    public StudentBlock Block => new([new StudentId("ssid", Ssid)], FirstName, null, LastName, BirthDate, Sex, null, null, null, null);
}

/// <summary>
/// The students of the probe schools: student <c>i</c> of the run is the same person in every phase that names it,
/// with an SSID of its own (a bijection of the index, as <see cref="StudentFactory"/> draws them), a made-up name
/// (<see cref="ProbeNames"/>), a birth date in the year that makes it 18 at graduation, and the sex shares of the
/// journeys (F, M, X, none). Its events: grade 12 enrollment and a standard diploma at a probe school in the run's
/// school year, under ids that carry the tag, so a rerun with the same tag is answered "duplicate".
/// </summary>
public sealed class ProbeStudents(int seed, string tag, string schoolYear)
{
    private const ulong Golden = 0x9E37_79B9_7F4A_7C15UL;

    private readonly IdScrambler _ssids = IdScrambler.Digits(10, 9_576_891, seed, 11);
    private readonly ulong _salt = Mix((ulong)(uint)seed ^ ((ulong)Fnv(tag) << 32));
    private readonly int _endYear = int.Parse(schoolYear.AsSpan(5, 4), System.Globalization.CultureInfo.InvariantCulture);

    public string SchoolYear => schoolYear;

    /// <summary>The day every probe graduate graduates: Jun 5 of the school year's second calendar year.</summary>
    public static DateOnly GraduationDate(string schoolYear) =>
        new(int.Parse(schoolYear.AsSpan(5, 4), System.Globalization.CultureInfo.InvariantCulture), 6, 5);

    public ProbeStudent Student(long index)
    {
        var value = Mix(_salt ^ ((ulong)index * Golden));
        var (first, last) = ProbeNames.For(value);
        var born = new DateOnly(_endYear - 19, 9, 2).AddDays((int)(Mix(value) % 365));
        var sex = StudentFactory.Sex((Mix(value ^ Golden) >> 11) * (1.0 / (1UL << 53)));
        return new ProbeStudent(index, _ssids.Map(index).ToString("D10"), first, last, born, sex);
    }

    /// <summary>Grade 12 starts at <paramref name="school"/> on Aug 15 of the school year.</summary>
    public GeneratedEvent Enrollment(ProbeStudent s, Institution school, string source, DateTime time) =>
        new(source, $"{tag}-p{s.Index}-e", time, s.Block,
            new K12EnrollmentStarted(school, schoolYear, "12", new DateOnly(_endYear - 1, 8, 15)), s.Index);

    /// <summary>A standard diploma from <paramref name="school"/> on <see cref="GraduationDate"/>: the cohort's milestone.</summary>
    public GeneratedEvent Graduation(ProbeStudent s, Institution school, string source, DateTime time) =>
        new(source, $"{tag}-p{s.Index}-g", time, s.Block,
            new K12Graduated(school, schoolYear, GraduationDate(schoolYear), "standard"), s.Index);

    /// <summary>True for the id of a <see cref="Graduation"/> event.</summary>
    public static bool IsGraduation(string? eventId) => eventId?.EndsWith("-g", StringComparison.Ordinal) == true;

    /// <summary>SplitMix64's finalizer: every bit of the input moves about half of the output's.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a of the text: a stable 32-bit hash.</summary>
    public static uint Fnv(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16_777_619u;
        }
        return hash;
    }
}
