using System.Text.Json;

namespace CradleToCareer.LoadTool.Events;

public sealed record AidApplicationSubmitted(string Application, string AwardYear, DateOnly SubmittedDate) : IEventData
{
    public string Type => "c2c.finaid.application.submitted";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("application", Application);
        writer.WriteString("awardYear", AwardYear);
        EventJson.WriteDate(writer, "submittedDate", SubmittedDate);
    }
}

public sealed record AidDisbursed(string Program, string AwardYear, Institution? Institution, decimal Amount, DateOnly DisbursedDate) : IEventData
{
    public string Type => "c2c.finaid.award.disbursed";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("program", Program);
        writer.WriteString("awardYear", AwardYear);
        Institution?.Write(writer);
        writer.WriteNumber("amount", Amount);
        EventJson.WriteDate(writer, "disbursedDate", DisbursedDate);
    }
}

public sealed record WageReported(string EmployerIdHash, string Naics, int Year, int Quarter, decimal Wages) : IEventData
{
    public string Type => "c2c.workforce.wage.reported";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("employer");
        writer.WriteString("idHash", EmployerIdHash);
        writer.WriteString("naics", Naics);
        writer.WriteEndObject();
        writer.WriteNumber("year", Year);
        writer.WriteNumber("quarter", Quarter);
        writer.WriteNumber("wages", Wages);
    }
}

public sealed record ServiceParticipation(string Program, DateOnly StartDate, DateOnly? EndDate) : IEventData
{
    public string Type => "c2c.socialservices.participation";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("program", Program);
        EventJson.WriteDate(writer, "startDate", StartDate);
        if (EndDate is { } end)
        {
            EventJson.WriteDate(writer, "endDate", end);
        }
    }
}

public sealed record Retraction(string RetractsSource, string RetractsId, string Reason) : IEventData
{
    public string Type => "c2c.correction.retracted";

    public void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("retracts");
        writer.WriteString("source", RetractsSource);
        writer.WriteString("id", RetractsId);
        writer.WriteEndObject();
        writer.WriteString("reason", Reason);
    }
}
