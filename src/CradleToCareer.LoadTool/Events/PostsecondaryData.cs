using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

public sealed record PostsecondaryEnrollment(Institution Institution, string Term, string Level, string? ProgramCip, decimal UnitsAttempted) : IEventData
{
    public string Type => "c2c.postsecondary.enrollment";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("term", Term);
        writer.WriteString("level", Level);
        if (ProgramCip is not null)
        {
            writer.WriteString("programCip", ProgramCip);
        }
        writer.WriteNumber("unitsAttempted", UnitsAttempted);
    }
}

public sealed record PostsecondaryCourseCompleted(
    Institution Institution,
    string Term,
    string CourseCode,
    string CourseTitle,
    string Mark,
    decimal UnitsAttempted,
    decimal UnitsEarned) : IEventData
{
    public string Type => "c2c.postsecondary.course.completed";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        writer.WriteString("term", Term);
        writer.WriteString("courseCode", CourseCode);
        writer.WriteString("courseTitle", CourseTitle);
        writer.WriteString("mark", Mark);
        writer.WriteNumber("unitsAttempted", UnitsAttempted);
        writer.WriteNumber("unitsEarned", UnitsEarned);
    }
}

public sealed record AwardConferred(Institution Institution, DateOnly Date, string AwardLevel, string ProgramCip, string Title) : IEventData
{
    public string Type => "c2c.postsecondary.award.conferred";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        Institution.Write(writer);
        EventJson.WriteDate(writer, "date", Date);
        writer.WriteString("awardLevel", AwardLevel);
        writer.WriteString("programCip", ProgramCip);
        writer.WriteString("title", Title);
    }
}
