using Microsoft.EntityFrameworkCore;
using Xinfang.Core;
using Xinfang.Core.Data;
using Xinfang.Core.Cases;

namespace Xinfang.Web;

public static class Startup
{
    /// <summary>Migrates (and in demo mode fills) the database, then tells the operator where it is and how to sign in.</summary>
    public static async Task InitializeDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        var demo = app.Services.GetRequiredService<DemoSettings>();
        var logger = app.Services.GetRequiredService<ILogger<DatabaseInitializer>>();
        logger.LogInformation("数据库：{Provider} {Location}", database.Provider, database.SqliteFile ?? "(ConnectionStrings:Xinfang)");
        if (demo.Enabled)
        {
            logger.LogInformation("演示模式：已有 {Cases} 件信访事项。演示账号 admin、registrar、dispatcher、supervisor、leader、finance、handler-renhe 等，密码为 Demo:Password（默认 {Password}）。",
                await initializer.CaseCountAsync(), demo.Password == DemoSettings.DefaultPassword ? DemoSettings.DefaultPassword : "已自定义");
            logger.LogInformation("界面：{Url}；API 文档：/scalar；取令牌：POST /api/auth/token（userName、password）", app.Configuration["urls"] ?? "http://127.0.0.1:5000");
        }
    }
}
