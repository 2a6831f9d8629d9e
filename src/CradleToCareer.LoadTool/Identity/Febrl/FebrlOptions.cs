using CradleToCareer.LoadTool.Cli;

namespace CradleToCareer.LoadTool.Identity.Febrl;

/// <summary><c>identity --febrl FILE [--order shuffled]</c>: a FEBRL person file instead of the generator.</summary>
public sealed record FebrlOptions(string Path, ArrivalOrder Order)
{
    public static readonly string[] OptionNames = ["febrl", "order"];

    /// <summary>The generator's options that a FEBRL run has no use for; refused so nobody believes they applied.</summary>
    private static readonly string[] GeneratorOnly = ["baseline-url", "records", "overlap", "warmup", "errors-out", "dry-run", "corruption"];

    /// <summary>Null without <c>--febrl</c>.</summary>
    public static FebrlOptions? From(CommandLine cli)
    {
        var path = cli.Text("febrl");
        if (path is null)
        {
            return null;
        }
        var refused = GeneratorOnly.Where(cli.Flag).ToArray();
        if (refused.Length > 0)
        {
            throw new ToolException($"--febrl runs take no {string.Join(", ", refused.Select(name => "--" + name))}");
        }
        return new FebrlOptions(path, ArrivalOrders.Parse(cli.Text("order") ?? "shuffled"));
    }
}
