using System.Globalization;

namespace Xinfang.Web.Components;

public static class UiSetup
{
    /// <summary>The staff workbench: Blazor (interactive server) with Ant Design, in Simplified Chinese.</summary>
    public static IServiceCollection AddXinfangUi(this IServiceCollection services)
    {
        var chinese = new CultureInfo("zh-CN");
        CultureInfo.DefaultThreadCurrentCulture = chinese;
        CultureInfo.DefaultThreadCurrentUICulture = chinese;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddAntDesign();
        services.AddScoped<Workbench>();
        return services;
    }
}
