using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

public sealed record K12EnrollmentStarted(Institution Institution, string SchoolYear, string GradeLevel, DateOnly EntryDate) : IEventData
{
    public string Type => "c2c.k12.enrollment.started";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("schoolYear", SchoolYear);
        writer.WriteString("gradeLevel", GradeLevel);
        EventJson.WriteDate(writer, "entryDate", EntryDate);
    }
}

public sealed record K12EnrollmentEnded(Institution Institution, string SchoolYear, DateOnly ExitDate, string ExitReason) : IEventData
{
    public string Type => "c2c.k12.enrollment.ended";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("schoolYear", SchoolYear);
        EventJson.WriteDate(writer, "exitDate", ExitDate);
        writer.WriteString("exitReason", ExitReason);
    }
}

public sealed record K12AttendanceSummarized(Institution Institution, string SchoolYear, int DaysEnrolled, int DaysAbsent) : IEventData
{
    public string Type => "c2c.k12.attendance.summarized";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("schoolYear", SchoolYear);
        writer.WriteNumber("daysEnrolled", DaysEnrolled);
        writer.WriteNumber("daysAbsent", DaysAbsent);
    }
}

public sealed record K12CourseCompleted(
    Institution Institution,
    string SchoolYear,
    string Term,
    string GradeLevel,
    string CourseCode,
    string CourseTitle,
    string? AgCategory,
    bool Honors,
    string Mark,
    decimal CreditsAttempted,
    decimal CreditsEarned) : IEventData
{
    public string Type => "c2c.k12.course.completed";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("schoolYear", SchoolYear);
        writer.WriteString("term", Term);
        writer.WriteString("gradeLevel", GradeLevel);
        writer.WriteString("courseCode", CourseCode);
        writer.WriteString("courseTitle", CourseTitle);
        if (AgCategory is null)
        {
            writer.WriteNull("agCategory");
        }
        else
        {
            writer.WriteString("agCategory", AgCategory);
        }
        writer.WriteBoolean("honors", Honors);
        writer.WriteString("mark", Mark);
        writer.WriteNumber("creditsAttempted", CreditsAttempted);
        writer.WriteNumber("creditsEarned", CreditsEarned);
    }
}

public sealed record K12Graduated(Institution Institution, string SchoolYear, DateOnly Date, string DiplomaType) : IEventData
{
    public string Type => "c2c.k12.graduated";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("schoolYear", SchoolYear);
        EventJson.WriteDate(writer, "date", Date);
        writer.WriteString("diplomaType", DiplomaType);
    }
}
