using CradleToCareer.Domain.Events;

namespace CradleToCareer.Domain.Profile;

/// <summary>
/// Name, birth date and sex field by field from the most recent event that gives that field
/// (time, then key); the ids are the union of every id seen. The SSN token and address stay out.
/// </summary>
internal static class StudentDetailsProjection
{
    public static StudentDetails Build(IEnumerable<SourceEvent> events)
    {
        var blocks = events.Order(EventKeyOrder.Recency).Select(e => e.Student).ToList();

        var ids = blocks
            .SelectMany(b => b.Ids)
            .Select(id => new StudentId(id.System, id.Value))
            .Distinct()
            .OrderBy(id => id.System, StringComparer.Ordinal)
            .ThenBy(id => id.Value, StringComparer.Ordinal)
            .ToList();

        return new StudentDetails(
            Latest(blocks, b => b.FirstName),
            Latest(blocks, b => b.MiddleName),
            Latest(blocks, b => b.LastName),
            blocks.LastOrDefault(b => b.BirthDate is not null)?.BirthDate,
            Latest(blocks, b => b.Sex),
            ids);
    }

    private static string? Latest(IReadOnlyList<StudentBlock> oldestFirst, Func<StudentBlock, string?> field) =>
        oldestFirst.Select(field).LastOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
