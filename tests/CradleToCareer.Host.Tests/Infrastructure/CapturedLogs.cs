using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CradleToCareer.Host.Tests.Infrastructure;

/// <summary>Every log entry the host writes through this provider, kept for a test to search.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CapturedLogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>One log entry: its category, level, formatted message and exception, if any.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
