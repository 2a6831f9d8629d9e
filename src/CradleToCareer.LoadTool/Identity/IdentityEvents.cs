using CradleToCareer.LoadTool.Events;

namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// The events the benchmark sends, one per record and pass. Pass 1 (arrival) carries the full student block, so
/// the service must match it; pass 2 (follow-up) carries only the now-known id and the names, so it resolves by id.
/// Event ids carry the tag.
/// </summary>
public static class IdentityEvents
{
    public static GeneratedEvent Arrival(SourceRecord record, string tag)
    {
        var year = record.EntryYear;
        return record.Side == SourceSide.A
            ? Event(record, tag, "enrollment", new DateTime(year, 8, 15, 16, 0, 0, DateTimeKind.Utc), record.Student,
                new K12EnrollmentStarted(record.Institution, SchoolYear(year), "09", new DateOnly(year, 8, 15)))
            : Event(record, tag, "fall", new DateTime(year, 8, 25, 16, 0, 0, DateTimeKind.Utc), record.Student,
                new PostsecondaryEnrollment(record.Institution, $"{year}-FA", "undergraduate", null, 12 + (record.Index % 4)));
    }

    public static GeneratedEvent FollowUp(SourceRecord record, string tag)
    {
        var year = record.EntryYear;
        var idAndNames = new StudentBlock(record.Student.Ids, record.Student.FirstName, null, record.Student.LastName, null, null, null, null, null, null);
        return record.Side == SourceSide.A
            ? Event(record, tag, "attendance", new DateTime(year + 1, 6, 10, 16, 0, 0, DateTimeKind.Utc), idAndNames,
                new K12AttendanceSummarized(record.Institution, SchoolYear(year), 180, record.Index % 15))
            : Event(record, tag, "spring", new DateTime(year + 1, 1, 20, 16, 0, 0, DateTimeKind.Utc), idAndNames,
                new PostsecondaryEnrollment(record.Institution, $"{year + 1}-SP", "undergraduate", null, 12));
    }

    private static GeneratedEvent Event(SourceRecord record, string tag, string what, DateTime time, StudentBlock student, IEventData data) =>
        new(record.Source, $"{tag}-{(record.Side == SourceSide.A ? 'a' : 'b')}{record.Index:D7}-{what}", time, student, data, record.Index);

    private static string SchoolYear(int fallYear) => $"{fallYear}-{fallYear + 1}";
}
