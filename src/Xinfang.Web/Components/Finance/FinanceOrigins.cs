using Xinfang.Core.Finance.Features;

namespace Xinfang.Web.Components.Finance;

public static class FinanceOrigins
{
    public static string Chinese(FinalAccountsOrigin origin) => origin switch
    {
        FinalAccountsOrigin.Sample => "内置示例",
        FinalAccountsOrigin.EditedSample => "示例（已修改）",
        _ => "导入数据",
    };
}
