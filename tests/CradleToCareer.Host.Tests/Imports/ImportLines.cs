using System.Text.Json.Nodes;
using CradleToCareer.Host.Tests.Infrastructure;

namespace CradleToCareer.Host.Tests.Imports;

/// <summary>NDJSON files for import tests: valid enrollments, a blank line, and four bad lines among them.</summary>
internal static class ImportLines
{
    /// <summary>
    /// <paramref name="count"/> lines: enrollments (four per student), with a name holding a control character, a school
    /// the tenant does not speak for, a line that is not JSON, a line of an unknown type, and one blank line.
    /// </summary>
    public static List<string> Mixed(int count, string prefix)
    {
        var run = prefix + "-" + Guid.NewGuid().ToString("N")[..8];
        var ssids = Enumerable.Range(0, count / 4 + 1).Select(_ => TestEvents.NewSsid()).ToList();
        var lines = Enumerable.Range(0, count).Select(i => TestEvents.Enrollment($"{run}-{i}", ssids[i / 4]).ToLine()).ToList();
        var controlled = TestEvents.Enrollment($"{run}-control", TestEvents.NewSsid());
        controlled["data"]!["student"]!["firstName"] = "Ana\u0001";
        var elsewhere = TestEvents.Enrollment($"{run}-elsewhere", TestEvents.NewSsid());
        elsewhere["data"]!["institution"] = new JsonObject { ["id"] = TestEvents.NewSchool() };
        var unknownType = TestEvents.Enrollment($"{run}-type", TestEvents.NewSsid());
        unknownType["type"] = "c2c.k12.unheard.of";
        lines[Math.Min(3, count - 1)] = controlled.ToLine();
        lines[count / 2] = elsewhere.ToLine();
        lines[count - 1] = "{\"specversion\": \"1.0\", \"id\": ";
        lines[Math.Min(5, count - 2)] = unknownType.ToLine();
        lines.Insert(1, "   ");
        return lines;
    }

    /// <summary>The 1-based numbers of the lines that are not blank: those that get a result.</summary>
    public static IEnumerable<long> NumbersOfNonBlank(IReadOnlyList<string> lines) =>
        lines.Select((line, i) => (line, number: (long)i + 1)).Where(x => x.line.Trim().Length > 0).Select(x => x.number);
}
