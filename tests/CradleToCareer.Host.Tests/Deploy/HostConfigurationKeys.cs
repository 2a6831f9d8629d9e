using System.Reflection;
using CradleToCareer.Storage.Postgres;

namespace CradleToCareer.Host.Tests.Deploy;

/// <summary>
/// Whether the host reads a <c>C2C__…</c> environment variable: some options class bound to a section
/// (its <c>public const string Section</c>) has the property the rest of the key names, and can set it.
/// </summary>
internal static class HostConfigurationKeys
{
    private static readonly (Type Options, string Section)[] Sections =
    [
        .. new[] { typeof(ServiceHost).Assembly, typeof(DatabasePoolOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (type, type.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(found => found.Item2 is { IsLiteral: true })
            .Select(found => (found.type, (string)found.Item2!.GetRawConstantValue()!)),
    ];

    public static bool IsRead(string environmentVariable)
    {
        var key = environmentVariable.Replace("__", ":", StringComparison.Ordinal);
        return Sections.Any(section => key.StartsWith(section.Section + ":", StringComparison.OrdinalIgnoreCase)
                                       && Sets(section.Options, key[(section.Section.Length + 1)..].Split(':')));
    }

    private static bool Sets(Type options, string[] path)
    {
        var property = options.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property switch
        {
            null => false,
            _ when path.Length == 1 => property.SetMethod is { IsPublic: true },
            _ => Sets(property.PropertyType, path[1..]),
        };
    }
}
