using CradleToCareer.Domain.Events;
using CradleToCareer.Domain.Identity;

namespace CradleToCareer.Testing;

/// <summary>Pending events for planner and identity tests: an enrollment carrying the given identifiers or student block.</summary>
public static class PlannerEvents
{
    public static readonly KeyedTokenizer Tokenizer = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    public static PendingEvent Enrollment(string id, params string[] ssids) =>
        Enrollment(id, new StudentBlock([.. ssids.Select(s => new StudentIdentifier("ssid", s))], "Ana", null, "Lopez", new DateOnly(2007, 3, 14)));

    /// <summary>An enrollment for the given student block.</summary>
    public static PendingEvent Enrollment(string id, StudentBlock student) => PendingEvent.Create(
        new SourceEvent(
            new EventKey("urn:c2c:source:lea:1", id),
            "c2c.k12.enrollment.started",
            null,
            student,
            new K12EnrollmentStarted(new InstitutionRef("cds:19647331931765"), "2024-2025", "11", new DateOnly(2024, 8, 20))),
        new BatchIdentifierTokens(Tokenizer));

    /// <summary>An enrollment of a student with one ssid, naming the given institution.</summary>
    public static PendingEvent EnrollmentAt(string id, string ssid, string institutionId)
    {
        var enrollment = Enrollment(id, ssid);
        return PendingEvent.Create(
            enrollment.Event with
            {
                Body = new K12EnrollmentStarted(new InstitutionRef(institutionId), "2024-2025", "11", new DateOnly(2024, 8, 20)),
            },
            new BatchIdentifierTokens(Tokenizer));
    }

    public static string Token(string ssid) => Convert.ToBase64String(Tokenizer.IdentifierToken("ssid", ssid));
}
