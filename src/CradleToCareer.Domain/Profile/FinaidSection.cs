namespace CradleToCareer.Domain.Profile;

public sealed record FinaidSection(IReadOnlyList<AidApplication> Applications, IReadOnlyList<AidDisbursement> Disbursements);

public sealed record AidApplication(string Application, string AwardYear, DateOnly SubmittedDate);

public sealed record AidDisbursement(string Program, string AwardYear, string? InstitutionId, decimal Amount, DateOnly DisbursedDate);
