using Spectre.Console;

namespace Xinfang.Cli;

/// <summary>A progress bar on the command's own error stream. Each command draws on a console of its own, so two
/// commands running in one process (the tests run several at once) never meet on Spectre's one-live-display lock.</summary>
internal static class ProgressBar
{
    public static async Task RunAsync(TextWriter writer, string title, double max, Func<IProgress<int>, Task> work, Func<int, double>? position = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(title, maxValue: max);
                await work(new Reporter<int>(done => task.Value = position?.Invoke(done) ?? done));
                task.Value = max;
            });
    }

    /// <summary>Reports of another shape, passed on to the bar's reporter.</summary>
    public static IProgress<T> Map<T>(IProgress<int> bar, Func<T, int> map) => new Reporter<T>(value => bar.Report(map(value)));

    /// <summary>Moves the bar on the reporting thread (Progress&lt;T&gt; would post to a context that may never run).</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
