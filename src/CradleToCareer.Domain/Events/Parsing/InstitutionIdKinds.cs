namespace CradleToCareer.Domain.Events.Parsing;

/// <summary>Which institution id schemes an event type accepts.</summary>
internal enum InstitutionIdKinds
{
    Cds,
    Ipeds,
    CdsOrIpeds,
}
