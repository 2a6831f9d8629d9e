namespace CradleToCareer.Domain.Profile;

/// <summary>Wage records, newest quarter first, one entry per reported record.</summary>
public sealed record WorkforceSection(IReadOnlyList<WageRecord> Wages);

public sealed record WageRecord(int Year, int Quarter, decimal Wages, string? EmployerNaics);
