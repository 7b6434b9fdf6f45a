namespace Xinfang.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args) => CommandCatalog.Root(CliContext.Default).Parse(args).InvokeAsync();
}
