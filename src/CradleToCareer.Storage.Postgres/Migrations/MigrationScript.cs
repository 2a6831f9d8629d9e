using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CradleToCareer.Storage.Postgres.Migrations;

/// <summary>One numbered SQL migration shipped inside the Storage assembly.</summary>
/// <param name="Version">The number in the file name (<c>0004_event_log.sql</c> is version 4).</param>
/// <param name="Name">The file name without number and extension (<c>event_log</c>).</param>
/// <param name="Sql">The script text, line endings normalised to LF.</param>
/// <param name="Checksum">Lower-case hex SHA-256 of <paramref name="Sql"/>.</param>
public sealed partial record MigrationScript(int Version, string Name, string Sql, string Checksum)
{
    /// <summary>Builds a script from its file name and text, or returns null when the name is not <c>NNNN_name.sql</c>.</summary>
    public static MigrationScript? FromFile(string fileName, string text)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            return null;
        }

        var sql = NormaliseLineEndings(text);
        return new MigrationScript(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, sql, ComputeChecksum(sql));
    }

    /// <summary>Every <c>Migrations/NNNN_name.sql</c> resource embedded in <paramref name="assembly"/>, in version order.</summary>
    public static IReadOnlyList<MigrationScript> LoadEmbedded(Assembly assembly)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resourceName in assembly.GetManifestResourceNames())
        {
            var marker = resourceName.LastIndexOf(".Migrations.", StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' could not be opened.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var script = FromFile(resourceName[(marker + ".Migrations.".Length)..], reader.ReadToEnd());
            if (script is not null)
            {
                scripts.Add(script);
            }
        }

        return Ordered(scripts);
    }

    /// <summary>Sorts by version and rejects two scripts that claim the same version.</summary>
    public static IReadOnlyList<MigrationScript> Ordered(IEnumerable<MigrationScript> scripts)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        var duplicate = ordered.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Migration version {duplicate.Key} is defined more than once: {string.Join(", ", duplicate.Select(s => s.Name))}.");
        }

        return ordered;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="sql"/>.</summary>
    public static string ComputeChecksum(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    private static string NormaliseLineEndings(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
