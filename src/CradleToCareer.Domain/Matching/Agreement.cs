namespace CradleToCareer.Domain.Matching;

/// <summary>
/// How two records compare on one field. The values are the 2-bit codes stored in a
/// <see cref="ComparisonPattern"/>.
/// </summary>
public enum Agreement : byte
{
    /// <summary>At least one of the records did not send the field: no evidence either way.</summary>
    Missing = 0,

    /// <summary>Both records have the field and it differs.</summary>
    Disagree = 1,

    /// <summary>Close but not equal: a likely typo, a swapped day and month, the same postal area.</summary>
    Partial = 2,

    /// <summary>Equal (for a first name: equal or the same name by the nickname table).</summary>
    Agree = 3,
}
