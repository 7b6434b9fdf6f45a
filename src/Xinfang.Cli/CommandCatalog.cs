using System.CommandLine;

namespace Xinfang.Cli;

/// <summary>Every top-level command group of the CLI, one class per module.</summary>
internal static class CommandCatalog
{
    /// <summary>The `xinfang` command with all its groups, reading settings, standard input and the terminal
    /// through <paramref name="context"/>.</summary>
    public static RootCommand Root(CliContext context)
    {
        var root = new RootCommand("xinfang — 信访工作平台命令行工具（导入、报表、检查、账号、演示数据、基准测试）");
        foreach (var command in All(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> All(CliContext context) =>
    [
        DbCommands.Create(context),
        UserCommands.Create(context),
        DemoCommands.Create(context),
        IntakeCommands.Create(context),
        Hotline.HotlineCommands.Create(context),
        BenchCommands.Create(context),
        Finance.FinanceCommands.Create(),
        Performance.PerformanceCommands.Create(context),
        RoutingCommands.Create(),
        SearchCommands.Create(context),
        Analysis.AnalysisCommands.Create(context),
    ];
}
