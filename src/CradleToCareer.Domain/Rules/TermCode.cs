namespace CradleToCareer.Domain.Rules;

/// <summary>The three terms of a school year, in chronological order.</summary>
public enum TermCode
{
    FA,
    SP,
    SU,
}
