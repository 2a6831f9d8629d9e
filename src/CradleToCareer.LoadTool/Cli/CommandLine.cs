using System.Globalization;

namespace CradleToCareer.LoadTool.Cli;

/// <summary>"command --name value --flag" arguments; unknown options are refused so typos do not go unnoticed.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options;

    private CommandLine(string command, Dictionary<string, string?> options)
    {
        Command = command;
        _options = options;
    }

    public string Command { get; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return new CommandLine("help", []);
        }
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length < 3)
            {
                throw new ToolException($"unexpected argument '{args[i]}' (options look like --name value)");
            }
            var name = args[i][2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : null;
        }
        return new CommandLine(args[0], options);
    }

    public void AllowOnly(IEnumerable<string> names)
    {
        var unknown = _options.Keys.Except(names).ToArray();
        if (unknown.Length > 0)
        {
            throw new ToolException($"unknown option(s) for '{Command}': {string.Join(", ", unknown.Select(n => "--" + n))}");
        }
    }

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Text(string name, string? environmentFallback = null) =>
        _options.TryGetValue(name, out var value)
            ? value ?? throw new ToolException($"--{name} needs a value")
            : environmentFallback is null ? null : Environment.GetEnvironmentVariable(environmentFallback);

    public long Long(string name, long fallback, long min = 1) => Number(name, fallback, min, long.Parse);

    public int Int(string name, int fallback, int min = 1) => Number(name, fallback, min, int.Parse);

    /// <summary>A positive count, or null for "auto" (and when the option is absent).</summary>
    public long? CountOrAuto(string name)
    {
        var text = Text(name);
        return text is null || text == "auto" ? null : Long(name, 0);
    }

    public Uri Url(string name, string fallback)
    {
        var text = Text(name) ?? fallback;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ToolException($"--{name} must be an absolute http(s) URL, got '{text}'");
        }
        return uri;
    }

    private T Number<T>(string name, T fallback, T min, Func<string, IFormatProvider, T> parse)
        where T : IComparable<T>
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }
        T value;
        try
        {
            value = parse(text.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new ToolException($"--{name} must be a whole number, got '{text}'");
        }
        return value.CompareTo(min) < 0 ? throw new ToolException($"--{name} must be at least {min}") : value;
    }
}
