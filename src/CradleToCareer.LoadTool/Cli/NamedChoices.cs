namespace CradleToCareer.LoadTool.Cli;

/// <summary>The values an option takes, each by its name on the command line.</summary>
public sealed class NamedChoices<T>(string option, IReadOnlyDictionary<string, T> byName)
    where T : struct, Enum
{
    /// <exception cref="ToolException">The name is none of the choices; the message lists them.</exception>
    public T Parse(string name) =>
        byName.TryGetValue(name, out var value)
            ? value
            : throw new ToolException($"--{option} must be one of {string.Join(", ", byName.Keys)}, got '{name}'");

    public string Name(T value) => byName.Single(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
