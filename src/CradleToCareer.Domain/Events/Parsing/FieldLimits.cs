namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>Length and range limits of the event contract.</summary>
internal static class FieldLimits
{
    public const int EventIdLength = 256;
    public const int PersonText = 100;
    public const int IdentifierValue = 64;
    public const int InstitutionName = 200;
    public const int CourseCode = 64;
    public const int Title = 200;
    public const int EmployerIdHash = 128;
    public const int RetractionReason = 1000;
    public const int DaysInSchoolYear = 366;
    public const decimal CreditsOrUnits = 100m;
    public const decimal Money = 10_000_000m;
}
