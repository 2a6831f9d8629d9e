using CradleToCareer.LoadTool.Events;
using CradleToCareer.LoadTool.Generation;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>
/// One <c>c2c.k12.enrollment.started</c> per FEBRL record, all from one high school of the generator's catalog (so the
/// organization the tool registers with admin credentials holds its source and speaks for it), each record under its
/// own id in the school's <c>local:</c> system: nothing but PII links two records. Ids carry the tag and the record's
/// position in the file, never its <c>rec_id</c>.
/// </summary>
public static class FebrlEvents
{
    public static readonly District District = PlaceCatalog.Districts[0];
    public static readonly Institution School = District.HighSchools[0];

    private static readonly DateOnly EntryDate = new(2025, 8, 15);
    private static readonly DateTime SentAt = new(2025, 8, 15, 16, 0, 0, DateTimeKind.Utc);

    public static GeneratedEvent Arrival(FebrlRecord record, int position, string tag)
    {
        var id = new StudentId($"local:{School.Id}", $"{tag}-{position:D6}");
        return new GeneratedEvent(
            District.Source,
            $"{tag}-febrl{position:D6}-enrollment",
            SentAt,
            FebrlStudent.Of(record, id),
            new K12EnrollmentStarted(School, "2025-2026", "09", EntryDate),
            position);
    }
}
