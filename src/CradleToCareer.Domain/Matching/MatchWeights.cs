namespace CradleToCareer.Domain.Matching;

/// <summary>
/// The m and u probabilities of every <see cref="MatchField"/>, from which each agreement level
/// weighs log2(m/u) bits. Every field must be present; every probability is in [0, 1], and a level
/// is either used in both classes (m, u &gt; 0) or in neither (m = u = 0).
/// </summary>
public sealed record MatchWeights(IReadOnlyDictionary<MatchField, FieldProbabilities> Fields)
{
    private readonly IReadOnlyDictionary<MatchField, FieldProbabilities> fields = Checked(Fields);

    /// <summary>The probabilities by field (a read-only copy of what was given).</summary>
    public IReadOnlyDictionary<MatchField, FieldProbabilities> Fields
    {
        get => fields;
        init => fields = Checked(value);
    }

    /// <summary>
    /// Starting values (priors) until the EM estimates of real candidate pairs are calibrated.
    /// </summary>
    /// <remarks>
    /// m is the chance of each level for two records of one student, from typical error rates of
    /// school records: names mistyped or changed a few percent of the time, a birth date mistyped
    /// (often a swapped day and month) about 5%, and the address changed between records about half
    /// the time, since the records span years. u is the chance for two different students of about
    /// the same age: a shared first name 1 in 200 (nickname roots merged), a shared surname 1 in 200,
    /// a shared birth date 1 in 365 and one digit apart or swapped 3 in 100, sex 1 in 2, the same
    /// address 1 in 1,000, city 1 in 20, ZIP code 1 in 200 and ZIP area 1 in 20, an SSN 1 in 10,000.
    /// An SSN is mistyped (one digit wrong, two neighbours transposed) on about 5% of the records of
    /// one student and otherwise wrong on 3%; two different students' SSNs are that near 1 in 100,000
    /// (two random SSNs 8 in 10 million; twins and siblings, whose SSNs were often issued in sequence,
    /// make up the rest).
    /// In bits (Agree / Partial / Disagree): first name 7.5 / 1.4 / -4.6, last name 7.5 / 2.0 / -4.6,
    /// birth date 8.3 / 0.4 / -6.6, sex 1.0 / - / -4.1, street address 8.8 / 4.3 / -1.1,
    /// city 3.8 / - / -1.7, ZIP code 6.9 / 1.2 / -1.7, SSN 13.2 / 12.3 / -5.1. A student whose every field
    /// agrees scores about 57 bits (44 without an SSN); name and birth date alone about 23.
    /// </remarks>
    public static MatchWeights Default { get; } = new(new Dictionary<MatchField, FieldProbabilities>
    {
        [MatchField.FirstName] = new(0.92, 0.04, 0.04, 0.005, 0.015, 0.98),
        [MatchField.LastName] = new(0.90, 0.06, 0.04, 0.005, 0.015, 0.98),
        [MatchField.BirthDate] = new(0.95, 0.04, 0.01, 0.003, 0.03, 0.967),
        [MatchField.Sex] = new(0.97, 0, 0.03, 0.5, 0, 0.5),
        [MatchField.StreetAddress] = new(0.45, 0.10, 0.45, 0.001, 0.005, 0.994),
        [MatchField.City] = new(0.70, 0, 0.30, 0.05, 0, 0.95),
        [MatchField.PostalCode] = new(0.60, 0.10, 0.30, 0.005, 0.045, 0.95),
        [MatchField.Ssn] = new(0.92, 0.05, 0.03, 0.0001, 0.00001, 0.99989),
    });

    /// <summary>log2(m/u) of a level; 0 for <see cref="Agreement.Missing"/> and for a level the field does not use.</summary>
    public double WeightOf(MatchField field, Agreement agreement)
    {
        if (!fields.TryGetValue(field, out var probabilities))
        {
            throw new ArgumentOutOfRangeException(nameof(field), field, "Not a match field.");
        }

        if (agreement > Agreement.Agree)
        {
            throw new ArgumentOutOfRangeException(nameof(agreement), agreement, "Not an agreement level.");
        }

        var m = probabilities.M(agreement);
        var u = probabilities.U(agreement);
        return m == 0 && u == 0 ? 0 : Math.Log2(m / u);
    }

    /// <summary>The largest difference, in bits, between a level's weight here and in <paramref name="other"/>.</summary>
    public double LargestShiftFrom(MatchWeights other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var largest = 0.0;
        foreach (var field in fields.Keys)
        {
            for (var level = Agreement.Disagree; level <= Agreement.Agree; level++)
            {
                largest = Math.Max(largest, Math.Abs(WeightOf(field, level) - other.WeightOf(field, level)));
            }
        }

        return largest;
    }

    private static IReadOnlyDictionary<MatchField, FieldProbabilities> Checked(IReadOnlyDictionary<MatchField, FieldProbabilities> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var copy = new Dictionary<MatchField, FieldProbabilities>(MatchFields.Count);
        for (var index = 0; index < MatchFields.Count; index++)
        {
            var field = (MatchField)index;
            if (!given.TryGetValue(field, out var probabilities) || probabilities is null)
            {
                throw new ArgumentException($"The weights have no probabilities for {field}.", nameof(given));
            }

            for (var level = Agreement.Disagree; level <= Agreement.Agree; level++)
            {
                if (!IsUsable(probabilities.M(level), probabilities.U(level)))
                {
                    throw new ArgumentException($"The m and u of {field} {level} must be in [0, 1] and both zero or both positive.", nameof(given));
                }
            }

            copy[field] = probabilities;
        }

        if (given.Count != MatchFields.Count)
        {
            throw new ArgumentException("The weights name a field that does not exist.", nameof(given));
        }

        return copy.AsReadOnly();
    }

    private static bool IsUsable(double m, double u) =>
        m is >= 0 and <= 1 && u is >= 0 and <= 1 && (m == 0) == (u == 0);
}
