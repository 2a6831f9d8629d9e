namespace CradleToCareer.Domain.Outcomes;

/// <summary>One cell of a rate metric before suppression: the members counted and those who reached the milestone.</summary>
public readonly record struct CellTally(int Denominator, int Numerator);
