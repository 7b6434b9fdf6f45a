using System.CommandLine;

namespace Xinfang.Cli;

/// <summary>Every top-level command group of the CLI, one class per module.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        DbCommands.Create(),
        DemoCommands.Create(),
        BenchCommands.Create(),
        Finance.FinanceCommands.Create(),
        Performance.PerformanceCommands.Create(),
    ];
}
