using System.CommandLine;
using Xinfang.Cli;

var root = new RootCommand("xinfang — 信访工作平台命令行工具（导入、报表、检查、演示数据、基准测试）");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
