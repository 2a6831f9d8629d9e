namespace CradleToCareer.Domain.Events;

/// <summary>Turns a social security number into keyed one-way tokens on arrival.</summary>
public interface ISsnTokenizer
{
    /// <summary>
    /// Returns the token for an SSN given as 9 digits, optionally with dashes (3-2-4).
    /// Throws <see cref="ArgumentException"/> (without echoing the input) for anything else.
    /// </summary>
    string Tokenize(string nineDigits);

    /// <summary>
    /// Returns the SSN's eight near tokens, for telling a typo from another SSN: token i is keyed over the
    /// digits with digits i and i + 1 masked. SSNs one digit apart share one or two of them, SSNs with two
    /// neighbouring digits transposed exactly one, at the same index; equal SSNs share all eight. Accepts and
    /// rejects what <see cref="Tokenize"/> does.
    /// </summary>
    IReadOnlyList<string> NearTokens(string nineDigits);
}
