namespace CradleToCareer.Domain.Events.Parsing;

internal static partial class BodyParser
{
    private static readonly FieldKind<string> K12Term = FieldKinds.OneOf(Vocabulary.K12Terms);
    private static readonly FieldKind<string> ExitReason = FieldKinds.OneOf(Vocabulary.ExitReasons);
    private static readonly FieldKind<string> DiplomaType = FieldKinds.OneOf(Vocabulary.DiplomaTypes);
    private static readonly FieldKind<int> Days = FieldKinds.WholeNumber(0, FieldLimits.DaysInSchoolYear);

    private static K12EnrollmentStarted K12EnrollmentStarted(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Cds),
        data.Required("schoolYear", FieldKinds.SchoolYear),
        data.Required("gradeLevel", FieldKinds.GradeLevel),
        data.Required("entryDate", FieldKinds.Date));

    private static K12EnrollmentEnded K12EnrollmentEnded(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Cds),
        data.Required("schoolYear", FieldKinds.SchoolYear),
        data.Required("exitDate", FieldKinds.Date),
        data.Required("exitReason", ExitReason));

    private static K12AttendanceSummarized K12AttendanceSummarized(JsonObjectReader data)
    {
        var body = new K12AttendanceSummarized(
            InstitutionParser.Required(data, InstitutionIdKinds.Cds),
            data.Required("schoolYear", FieldKinds.SchoolYear),
            data.Required("daysEnrolled", Days),
            data.Required("daysAbsent", Days));
        if (!data.Failed("daysEnrolled") && !data.Failed("daysAbsent") && body.DaysAbsent > body.DaysEnrolled)
        {
            data.Error("daysAbsent", "must not be greater than daysEnrolled");
        }

        return body;
    }

    private static K12CourseCompleted K12CourseCompleted(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Cds),
        data.Required("schoolYear", FieldKinds.SchoolYear),
        data.Required("term", K12Term),
        data.Required("gradeLevel", FieldKinds.GradeLevel),
        data.Required("courseCode", CourseCode),
        data.Required("courseTitle", Title),
        data.TryOptional("agCategory", FieldKinds.AgCategory, out var agCategory) ? agCategory : null,
        data.TryOptional("honors", FieldKinds.Boolean, out var honors) && honors,
        data.Required("mark", Mark),
        data.Required("creditsAttempted", CreditsOrUnits),
        data.Required("creditsEarned", CreditsOrUnits));

    private static K12Graduated K12Graduated(JsonObjectReader data) => new(
        InstitutionParser.Required(data, InstitutionIdKinds.Cds),
        data.Required("schoolYear", FieldKinds.SchoolYear),
        data.Required("date", FieldKinds.Date),
        data.Required("diplomaType", DiplomaType));
}
