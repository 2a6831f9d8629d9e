namespace CradleToCareer.Domain.Events.Parsing;

internal static partial class BodyParser
{
    private static readonly FieldKind<string> AidApplication = FieldKinds.OneOf(Vocabulary.AidApplications);
    private static readonly FieldKind<string> AidProgram = FieldKinds.OneOf(Vocabulary.AidPrograms);
    private static readonly FieldKind<string> ServiceProgram = FieldKinds.OneOf(Vocabulary.ServicePrograms);
    private static readonly FieldKind<string> EmployerIdHash = FieldKinds.Text(FieldLimits.EmployerIdHash);
    private static readonly FieldKind<string> EventIdText = FieldKinds.Text(FieldLimits.EventIdLength);
    private static readonly FieldKind<int> Year = FieldKinds.WholeNumber(FieldKinds.MinYear, FieldKinds.MaxYear);
    private static readonly FieldKind<int> Quarter = FieldKinds.WholeNumber(1, 4);

    private static AidApplicationSubmitted AidApplicationSubmitted(JsonObjectReader data) => new(
        data.Required("application", AidApplication),
        data.Required("awardYear", FieldKinds.SchoolYear),
        data.Required("submittedDate", FieldKinds.Date));

    private static AidDisbursed AidDisbursed(JsonObjectReader data) => new(
        data.Required("program", AidProgram),
        data.Required("awardYear", FieldKinds.SchoolYear),
        InstitutionParser.Optional(data, InstitutionIdKinds.CdsOrIpeds),
        data.Required("amount", Money),
        data.Required("disbursedDate", FieldKinds.Date));

    private static WageReported WageReported(JsonObjectReader data)
    {
        var employer = data.RequiredObject("employer");
        return new WageReported(
            new EmployerRef(
                employer?.Required("idHash", EmployerIdHash)!,
                employer is not null && employer.TryOptional("naics", FieldKinds.Naics, out var naics) ? naics : null),
            data.Required("year", Year),
            data.Required("quarter", Quarter),
            data.Required("wages", Money));
    }

    private static ServiceParticipation ServiceParticipation(JsonObjectReader data)
    {
        var body = new ServiceParticipation(
            data.Required("program", ServiceProgram),
            data.Required("startDate", FieldKinds.Date),
            data.TryOptional("endDate", FieldKinds.Date, out var endDate) ? endDate : null);
        if (body.EndDate < body.StartDate && !data.Failed("startDate"))
        {
            data.Error("endDate", "must be on or after startDate");
        }

        return body;
    }

    private static Retraction Retraction(JsonObjectReader data, string? eventSource, string? eventId)
    {
        var retracts = data.RequiredObject("retracts");
        var body = new Retraction(
            new EventKey(
                retracts?.Required("source", EventIdText)!,
                retracts?.Required("id", EventIdText)!),
            data.OptionalText("reason", FieldLimits.RetractionReason));
        if (retracts is null || retracts.Failed("source") || eventSource is null)
        {
            return body;
        }

        if (body.Retracts.Source != eventSource)
        {
            retracts.Error("source", "must equal this event's source: a source can only retract its own events");
        }
        else if (body.Retracts.Id == eventId)
        {
            retracts.Error("id", "must name another event: an event cannot retract itself");
        }

        return body;
    }
}
