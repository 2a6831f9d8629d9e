namespace CradleToCareer.Domain.Events.Canonical;

internal static partial class CanonicalReader
{
    private static EventBody ReadBody(string type, CanonicalElement d) => type switch
    {
        EventTypes.K12EnrollmentStarted => new K12EnrollmentStarted(
            Institution(d), d.Text("schoolYear"), d.Text("gradeLevel"), d.Date("entryDate")),
        EventTypes.K12EnrollmentEnded => new K12EnrollmentEnded(
            Institution(d), d.Text("schoolYear"), d.Date("exitDate"), d.Text("exitReason")),
        EventTypes.K12AttendanceSummarized => new K12AttendanceSummarized(
            Institution(d), d.Text("schoolYear"), d.WholeNumber("daysEnrolled"), d.WholeNumber("daysAbsent")),
        EventTypes.K12CourseCompleted => new K12CourseCompleted(
            Institution(d),
            d.Text("schoolYear"),
            d.Text("term"),
            d.Text("gradeLevel"),
            d.Text("courseCode"),
            d.Text("courseTitle"),
            d.OptionalText("agCategory") is { Length: 1 } category ? category[0] : null,
            d.Boolean("honors"),
            d.Text("mark"),
            d.Number("creditsAttempted"),
            d.Number("creditsEarned")),
        EventTypes.K12Graduated => new K12Graduated(
            Institution(d), d.Text("schoolYear"), d.Date("date"), d.Text("diplomaType")),
        EventTypes.PostsecondaryEnrollment => new PostsecondaryEnrollment(
            Institution(d), d.Text("term"), d.Text("level"), d.OptionalText("programCip"), d.Number("unitsAttempted")),
        EventTypes.PostsecondaryCourseCompleted => new PostsecondaryCourseCompleted(
            Institution(d),
            d.Text("term"),
            d.Text("courseCode"),
            d.Text("courseTitle"),
            d.Text("mark"),
            d.Number("unitsAttempted"),
            d.Number("unitsEarned")),
        EventTypes.PostsecondaryAwardConferred => new AwardConferred(
            Institution(d), d.Date("date"), d.Text("awardLevel"), d.Text("programCip"), d.Text("title")),
        EventTypes.FinaidApplicationSubmitted => new AidApplicationSubmitted(
            d.Text("application"), d.Text("awardYear"), d.Date("submittedDate")),
        EventTypes.FinaidAwardDisbursed => new AidDisbursed(
            d.Text("program"),
            d.Text("awardYear"),
            d.OptionalObject("institution") is { } institution ? ReadInstitution(institution) : null,
            d.Number("amount"),
            d.Date("disbursedDate")),
        EventTypes.WorkforceWageReported => new WageReported(
            new EmployerRef(d.Object("employer").Text("idHash"), d.Object("employer").OptionalText("naics")),
            d.WholeNumber("year"),
            d.WholeNumber("quarter"),
            d.Number("wages")),
        EventTypes.SocialServicesParticipation => new ServiceParticipation(
            d.Text("program"), d.Date("startDate"), d.OptionalDate("endDate")),
        EventTypes.CorrectionRetracted => new Retraction(
            new EventKey(d.Object("retracts").Text("source"), d.Object("retracts").Text("id")), d.OptionalText("reason")),
        _ => throw Broken("unknown event type"),
    };
}
