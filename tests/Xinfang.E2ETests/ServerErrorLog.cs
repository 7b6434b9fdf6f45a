using Microsoft.Extensions.Logging;

namespace Xinfang.E2ETests;

/// <summary>Collects the server's warnings and errors during browser tests, so a failing journey shows why.</summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines { get { lock (_lines) return _lines.ToList(); } }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (log._lines) log._lines.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
