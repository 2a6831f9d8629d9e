namespace CradleToCareer.LoadTool.Cli;

/// <summary>A failure the user can act on; printed as one line without a stack trace.</summary>
public sealed class ToolException(string message, Exception? inner = null) : Exception(message, inner);
