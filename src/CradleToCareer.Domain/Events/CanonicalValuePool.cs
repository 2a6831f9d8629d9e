namespace CradleToCareer.Domain.Events;

/// <summary>
/// The values one holder's stored events share, each kept once: a student's events repeat the same student block, the
/// same institutions, sources, types, years and course codes, and read back one by one each would be a copy of its
/// own. Both readers of <see cref="CanonicalEventJson"/> (text from the log, UTF-8 from the streams) hand back the
/// instance kept here for a value seen before. Not thread-safe: one holder (a grain) reads through it at a time.
/// </summary>
public sealed class CanonicalValuePool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<InstitutionRef, InstitutionRef> _institutions = [];
    private readonly List<StudentBlock> _students = [];
    private readonly List<(byte[] StoredForm, StudentBlock Block)> _studentForms = [];

    /// <summary>
    /// How many stored forms of student blocks are remembered: a student's blocks come in a few variants (one per
    /// sending system), each in the writer's form and in the log's, so more than this means something unusual and
    /// further forms are simply parsed.
    /// </summary>
    private const int StudentFormsKept = 16;

    public string Text(string value) => _texts.TryAdd(value, value) ? value : _texts[value];

    public string? OptionalText(string? value) => value is null ? null : Text(value);

    public InstitutionRef Institution(InstitutionRef institution) =>
        _institutions.TryAdd(institution, institution) ? institution : _institutions[institution];

    /// <summary>The block kept for an equal one (the same identifiers in the same order and the same fields), or this one.</summary>
    public StudentBlock Student(StudentBlock student)
    {
        ArgumentNullException.ThrowIfNull(student);
        foreach (var kept in _students)
        {
            if (Same(kept, student))
            {
                return kept;
            }
        }

        _students.Add(student);
        return student;
    }

    /// <summary>The block kept for a student block stored in exactly this form before, or null: such a block need not be read again.</summary>
    public StudentBlock? KnownStudent(ReadOnlySpan<byte> storedForm)
    {
        foreach (var (form, block) in _studentForms)
        {
            if (storedForm.SequenceEqual(form))
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>As <see cref="Student(StudentBlock)"/>, and remembers the stored form the block was read from.</summary>
    public StudentBlock Student(ReadOnlySpan<byte> storedForm, StudentBlock read)
    {
        var kept = Student(read);
        if (_studentForms.Count < StudentFormsKept)
        {
            _studentForms.Add((storedForm.ToArray(), kept));
        }

        return kept;
    }

    /// <summary>Equal for what the stored form carries; near tokens are never stored, so neither side has any.</summary>
    private static bool Same(StudentBlock a, StudentBlock b) =>
        a with { Ids = b.Ids } == b && a.Ids.SequenceEqual(b.Ids);
}
