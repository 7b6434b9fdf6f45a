using Microsoft.AspNetCore.Components.Routing;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Web.Components.Layout;

public sealed record NavItem(string Title, string Href, string Icon, NavLinkMatch Match = NavLinkMatch.Prefix);

/// <summary>The menu each role sees. The pages check roles again on the server; this only hides what is useless.</summary>
public static class NavItems
{
    /// <summary>The warnings' menu item carries the number still open (a badge).</summary>
    public const string WarningsHref = "/analysis/warnings";

    public static IEnumerable<NavItem> For(Actor actor)
    {
        if (actor.IsInAny([Roles.Registrar, Roles.Dispatcher, Roles.Handler, Roles.UnitHead, Roles.Supervisor, Roles.Leader]))
        {
            yield return new NavItem("我的工作", "/", "inbox", NavLinkMatch.All);
        }

        if (actor.IsInAny([Roles.Registrar, Roles.Dispatcher]))
        {
            yield return new NavItem("登记信访事项", "/cases/new", "form");
        }

        if (actor.IsInAny([Roles.Registrar, Roles.Dispatcher, Roles.Handler, Roles.UnitHead, Roles.Supervisor, Roles.Leader, Roles.Admin]))
        {
            yield return new NavItem("全文检索", "/search", "search");
        }

        if (Core.Knowledge.Features.KnowledgeAccess.MayRead(actor) && !actor.IsIn(Roles.Finance))
        {
            yield return new NavItem("知识库", "/knowledge", "book");
        }

        if (actor.IsInAny(Core.Hotline.Features.CallerCards.DeskRoles))
        {
            yield return new NavItem("坐席工作台", "/hotline/desk", "phone");
        }

        if (actor.IsInAny([Roles.Supervisor, Roles.Leader, Roles.Dispatcher, Roles.Admin]))
        {
            yield return new NavItem("热线运行", "/hotline", "line-chart");
        }

        if (actor.IsInAny(Core.Intake.Features.ImportIntakeFile.Importers))
        {
            yield return new NavItem("导入渠道文件", "/intake/import", "upload");
        }

        if (actor.IsIn(Roles.Leader))
        {
            yield return new NavItem("我包案的事项", "/my-key-cases", "flag");
        }

        if (actor.IsInAny([Roles.Supervisor, Roles.Leader, Roles.Dispatcher]))
        {
            yield return new NavItem("督办", "/supervision", "alert");
        }
        else if (actor.IsInAny([Roles.Registrar, Roles.Handler, Roles.UnitHead, Roles.Admin]))
        {
            yield return new NavItem("重点问题台账", "/supervision/ledger", "profile");
        }

        if (actor.IsInAny([Roles.Leader, Roles.Supervisor, Roles.Dispatcher, Roles.Admin]))
        {
            yield return new NavItem("领导驾驶舱", "/dashboard", "dashboard");
        }

        if (Core.Analysis.AnalysisAccess.MayRead(actor))
        {
            yield return new NavItem("数据分析", "/analysis", "bar-chart", NavLinkMatch.All);
        }

        if (actor.IsInAny(Core.Analysis.Warnings.WarningQueries.Readers) && actor.Scope.Kind == DataScopeKind.District)
        {
            yield return new NavItem("预警", WarningsHref, "warning");
        }

        if (actor.IsInAny(Core.Analysis.Briefing.BuildBriefing.Readers) && actor.Scope.Kind == DataScopeKind.District)
        {
            yield return new NavItem("形势分析", "/analysis/briefings", "file-text");
        }

        if (actor.IsInAny([Roles.Finance, Roles.Admin]))
        {
            yield return new NavItem("决算公开", "/finance", "account-book");
        }

        if (actor.IsInAny([Roles.Finance, Roles.Admin, Roles.Leader]))
        {
            yield return new NavItem("绩效管理", "/performance", "fund");
        }

        if (actor.IsIn(Roles.Admin))
        {
            yield return new NavItem("系统管理", "/admin", "setting");
        }
    }
}
