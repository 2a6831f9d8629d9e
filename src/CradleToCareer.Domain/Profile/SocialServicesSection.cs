namespace CradleToCareer.Domain.Profile;

public sealed record SocialServicesSection(IReadOnlyList<ProgramParticipation> Participations);

public sealed record ProgramParticipation(string Program, DateOnly StartDate, DateOnly? EndDate);
