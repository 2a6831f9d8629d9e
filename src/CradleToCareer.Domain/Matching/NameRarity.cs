namespace CradleToCareer.Domain.Matching;

/// <summary>
/// Term-frequency adjustments of one record's names, in bits: what agreeing on its first name and on its last name is
/// worth beyond the field's average agreement weight. Agreeing on a rare name is stronger evidence than agreeing on a
/// common one, since two different people share it less often (u is the name's own frequency, not the field's
/// average). Added to the weight of an agreeing name only; a partial or disagreeing name keeps its weight.
/// </summary>
/// <param name="FirstName">Bits added when the first names agree.</param>
/// <param name="LastName">Bits added when the last names agree.</param>
public readonly record struct NameRarity(double FirstName, double LastName)
{
    /// <summary>
    /// Records' worth of the field's average frequency a name's own count is blended with: until a few thousand
    /// names have been counted, a name's frequency stays near the average, so the first records of a new service
    /// are weighed as before and one early occurrence does not make a name look common.
    /// </summary>
    public const double PriorRecords = 1_000;

    /// <summary>
    /// The largest adjustment either way, in bits. A name seen once in a million would otherwise add about 10 bits,
    /// more than a birth date is worth; the frequency of a very rare token is also the least certain.
    /// </summary>
    public const double MaximumBits = 4;

    /// <summary>
    /// From how many bits taken away a name counts as common to a steward (<c>common:</c> review reasons): at least
    /// twice as common as the average name. Smaller adjustments are the ordinary spread of names.
    /// </summary>
    public const double CommonBits = 1;

    /// <summary>No adjustment: every name weighs its field's average.</summary>
    public static NameRarity None => default;

    /// <summary>
    /// The adjustments for a record whose names were counted as <paramref name="counts"/> says, under the u of
    /// agreement in <paramref name="weights"/>.
    /// </summary>
    public static NameRarity Of(NameCount counts, MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return new NameRarity(
            Bits(counts.FirstName, counts.FirstNamesCounted, weights.Fields[MatchField.FirstName].UAgree),
            Bits(counts.LastName, counts.LastNamesCounted, weights.Fields[MatchField.LastName].UAgree));
    }

    /// <summary>
    /// log2(u / f), where f is the name's frequency blended with u over <see cref="PriorRecords"/>, within
    /// ±<see cref="MaximumBits"/>; 0 when the name is not counted (null) or u is 0.
    /// </summary>
    public static double Bits(int? count, long counted, double averageAgreement)
    {
        if (count is not { } seen || averageAgreement <= 0)
        {
            return 0;
        }

        var frequency = (seen + (PriorRecords * averageAgreement)) / (Math.Max(counted, 0) + PriorRecords);
        return Math.Clamp(Math.Log2(averageAgreement / frequency), -MaximumBits, MaximumBits);
    }

    /// <summary>The bits this adds to <paramref name="field"/> at <paramref name="agreement"/>: only agreeing names gain or lose.</summary>
    public double BitsFor(MatchField field, Agreement agreement) => agreement != Agreement.Agree ? 0 : field switch
    {
        MatchField.FirstName => FirstName,
        MatchField.LastName => LastName,
        _ => 0,
    };
}

/// <summary>How often a record's names were counted among the names matching has seen (null: the record has no such name).</summary>
/// <param name="FirstName">Records with this first name.</param>
/// <param name="LastName">Records with this last name.</param>
/// <param name="FirstNamesCounted">Records with a first name counted in all.</param>
/// <param name="LastNamesCounted">Records with a last name counted in all.</param>
public readonly record struct NameCount(int? FirstName, int? LastName, long FirstNamesCounted, long LastNamesCounted);
