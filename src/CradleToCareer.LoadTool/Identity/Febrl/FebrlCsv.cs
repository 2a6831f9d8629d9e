using System.Globalization;
using System.Text.RegularExpressions;
using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary>
/// Reads a FEBRL person file: a header, then one record a line, fields separated by commas with the spaces after a
/// comma skipped (the files write <c>", "</c>). The files quote nothing, so neither does the reader. Columns are found
/// by their header names; a missing column, a line with another field count or an unreadable <c>rec_id</c> stops the
/// run with the line number.
/// </summary>
public static partial class FebrlCsv
{
    /// <summary>The columns read; a file may have others (FEBRL's <c>state</c>), which are ignored.</summary>
    public static readonly string[] Columns =
    [
        "rec_id", "given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode", "date_of_birth",
        "soc_sec_id",
    ];

    public static IReadOnlyList<FebrlRecord> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ToolException($"--febrl: no file at '{path}'");
        }
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <param name="name">The file's name in error messages.</param>
    public static IReadOnlyList<FebrlRecord> Read(TextReader reader, string name)
    {
        var header = Split(reader.ReadLine() ?? throw new ToolException($"{name}: the file is empty, expected a header line"));
        var at = Columns.ToDictionary(column => column, column => Array.IndexOf(header, column), StringComparer.Ordinal);
        var missing = Columns.Where(column => at[column] < 0).ToArray();
        if (missing.Length > 0)
        {
            throw new ToolException($"{name}: the header lacks column(s) {string.Join(", ", missing)}");
        }

        var records = new List<FebrlRecord>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = Split(line);
            if (fields.Length != header.Length)
            {
                throw new ToolException($"{name}, line {lineNumber}: {fields.Length} fields, the header has {header.Length}");
            }
            string? Field(string column) => fields[at[column]].Length == 0 ? null : fields[at[column]];
            var recId = fields[at["rec_id"]];
            var match = RecIdShape().Match(recId);
            if (!match.Success)
            {
                throw new ToolException($"{name}, line {lineNumber}: rec_id '{recId}' is neither rec-<n>-org nor rec-<n>-dup-<k>");
            }
            records.Add(new FebrlRecord(
                recId,
                int.Parse(match.Groups["person"].ValueSpan, CultureInfo.InvariantCulture),
                match.Groups["kind"].Value == "org",
                Field("given_name"),
                Field("surname"),
                Field("street_number"),
                Field("address_1"),
                Field("address_2"),
                Field("suburb"),
                Field("postcode"),
                Field("date_of_birth"),
                Field("soc_sec_id")));
        }
        return records;
    }

    private static string[] Split(string line) => [.. line.Split(',').Select(field => field.Trim())];

    [GeneratedRegex(@"\Arec-(?<person>[0-9]{1,9})-(?<kind>org|dup-[0-9]{1,9})\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecIdShape();
}
