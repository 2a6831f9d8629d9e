namespace CradleToCareer.Domain.Events.Parsing;

internal static partial class BodyParser
{
    private static readonly FieldKind<string> StudentLevel = FieldKinds.OneOf(Vocabulary.StudentLevels);
    private static readonly FieldKind<string> AwardLevel = FieldKinds.OneOf(Vocabulary.AwardLevels);

    private static PostsecondaryEnrollment PostsecondaryEnrollment(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Ipeds),
        data.Required("term", FieldKinds.PostsecondaryTerm),
        data.Required("level", StudentLevel),
        data.TryOptional("programCip", FieldKinds.Cip, out var programCip) ? programCip : null,
        data.Required("unitsAttempted", CreditsOrUnits));

    private static PostsecondaryCourseCompleted PostsecondaryCourseCompleted(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Ipeds),
        data.Required("term", FieldKinds.PostsecondaryTerm),
        data.Required("courseCode", CourseCode),
        data.Required("courseTitle", Title),
        data.Required("mark", Mark),
        data.Required("unitsAttempted", CreditsOrUnits),
        data.Required("unitsEarned", CreditsOrUnits));

    private static AwardConferred AwardConferred(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Ipeds),
        data.Required("date", FieldKinds.Date),
        data.Required("awardLevel", AwardLevel),
        data.Required("programCip", FieldKinds.Cip),
        data.Required("title", Title));
}
