using CradleToCareer.LoadTool;
using CradleToCareer.LoadTool.Alerts;
using CradleToCareer.LoadTool.Cli;
using CradleToCareer.LoadTool.Copy;
using CradleToCareer.LoadTool.Identity;
using CradleToCareer.LoadTool.Imports;
using CradleToCareer.LoadTool.Ingest;
using CradleToCareer.LoadTool.Outcomes;
using CradleToCareer.LoadTool.Pages;
using CradleToCareer.LoadTool.Reads;
using CradleToCareer.LoadTool.TranscriptRequests;
using CradleToCareer.LoadTool.Views;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var cli = CommandLine.Parse(args);
    return cli.Command switch
    {
        "sample" => SampleCommand.Run(cli),
        "ingest" => await IngestRunner.RunAsync(IngestOptions.From(cli), cancel.Token),
        "import" => await ImportCommand.RunAsync(ImportCommandOptions.From(cli), cancel.Token),
        "reads" => await ReadRunner.RunAsync(ReadOptions.From(cli), cancel.Token),
        "copy-reference" => await CopyReference.RunAsync(CopyOptions.From(cli), cancel.Token),
        "identity" => await IdentityCommand.RunAsync(IdentityOptions.From(cli), cancel.Token),
        "views" => await ViewsCommand.RunAsync(ViewsOptions.From(cli), cancel.Token),
        "alerts" => await AlertsCommand.RunAsync(AlertsOptions.From(cli), cancel.Token),
        "transcript-requests" => await TranscriptRequestsCommand.RunAsync(TranscriptRequestsOptions.From(cli), cancel.Token),
        "outcomes" => await OutcomesCommand.RunAsync(OutcomesOptions.From(cli, DateTime.UtcNow), cancel.Token),
        "pages" => await PagesCommand.RunAsync(PagesOptions.From(cli, DateTime.UtcNow), cancel.Token),
        "help" or "-h" or "--help" => Help(0),
        _ => throw new ToolException($"unknown command '{cli.Command}' (try: help)"),
    };
}
catch (ToolException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("interrupted");
    return 130;
}

static int Help(int code)
{
    Console.WriteLine(Usage.Text);
    return code;
}
