using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xinfang.Core;

namespace Xinfang.Cli;

/// <summary>The services of the platform for one CLI command, configured like the web app
/// (environment variables such as ConnectionStrings__Xinfang and Database__Provider).</summary>
internal static class CliHost
{
    public static ServiceProvider Build(IDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            // A missing database is created by the migration: EF's connection error about it is noise.
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None));
        services.AddXinfangCore(configuration);
        services.AddSingleton<Xinfang.Core.Hotline.ICdrFileReader, Xinfang.Documents.Hotline.CdrFileReader>();
        return services.BuildServiceProvider();
    }
}
