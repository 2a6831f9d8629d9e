using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Profile;

/// <summary>Financial aid, wages and social services from key-ordered effective events.</summary>
internal static class OutcomesProjection
{
    public static FinaidSection Finaid(IReadOnlyList<SourceEvent> events) => new(
        events.Select(e => e.Body)
            .OfType<AidApplicationSubmitted>()
            .Select(a => new AidApplication(a.Application, a.AwardYear, a.SubmittedDate))
            .OrderBy(a => a.SubmittedDate)
            .ThenBy(a => a.Application, StringComparer.Ordinal)
            .ToList(),
        events.Select(e => e.Body)
            .OfType<AidDisbursed>()
            .Select(d => new AidDisbursement(d.Program, d.AwardYear, d.Institution?.Id, d.Amount, d.DisbursedDate))
            .OrderBy(d => d.DisbursedDate)
            .ThenBy(d => d.Program, StringComparer.Ordinal)
            .ToList());

    /// <summary>Every wage record, newest quarter first.</summary>
    public static WorkforceSection Workforce(IReadOnlyList<SourceEvent> events) => new(
        events.Select(e => e.Body)
            .OfType<WageReported>()
            .Select(w => new WageRecord(w.Year, w.Quarter, w.Wages, w.Employer.Naics))
            .OrderByDescending(w => w.Year)
            .ThenByDescending(w => w.Quarter)
            .ToList());

    public static SocialServicesSection SocialServices(IReadOnlyList<SourceEvent> events) => new(
        events.Select(e => e.Body)
            .OfType<ServiceParticipation>()
            .Select(p => new ProgramParticipation(p.Program, p.StartDate, p.EndDate))
            .OrderBy(p => p.StartDate)
            .ThenBy(p => p.Program, StringComparer.Ordinal)
            .ToList());
}
