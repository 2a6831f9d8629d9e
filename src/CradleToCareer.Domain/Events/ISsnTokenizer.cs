namespace CradleToCareer.Domain.Events;

/// <summary>Turns a social security number into a keyed one-way token on arrival.</summary>
public interface ISsnTokenizer
{
    /// <summary>
    /// Returns the token for an SSN given as 9 digits, optionally with dashes (3-2-4).
    /// Throws <see cref="ArgumentException"/> (without echoing the input) for anything else.
    /// </summary>
    string Tokenize(string nineDigits);
}
