using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Http;

namespace CradleToCareer.LoadTool.Imports;

/// <summary>The options of the import command; see <see cref="Usage"/> for what each does.</summary>
public sealed record ImportCommandOptions(Uri Url, string File, string? Results, TimeSpan Timeout, AuthOptions Auth)
{
    public static readonly string[] OptionNames = ["url", "file", "results", "timeout", .. AuthOptions.OptionNames];

    public static ImportCommandOptions From(CommandLine cli)
    {
        cli.AllowOnly(OptionNames);
        var file = cli.Text("file") ?? throw new ToolException("import needs --file: the NDJSON file to upload");
        if (!System.IO.File.Exists(file))
        {
            throw new ToolException($"--file '{file}' does not exist");
        }

        return new ImportCommandOptions(
            cli.Url("url", "http://127.0.0.1:5080"),
            file,
            cli.Text("results"),
            TimeSpan.FromSeconds(cli.Int("timeout", 60)),
            AuthOptions.From(cli));
    }
}
