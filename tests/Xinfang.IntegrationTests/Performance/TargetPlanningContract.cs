using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.Scoring;
using Xinfang.Web.Api;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Performance;

/// <summary>Planning the next year's targets over HTTP: the year is started from the last one (targets kept,
/// outcomes blank), projects and indicators are added with field-level errors, only Finance/Admin may change it,
/// and every change is stored and audited.</summary>
public abstract class TargetPlanningContract(XinfangApp app)
{
    [Fact]
    public async Task NextYear_CarriesTheTargetsOverAndLeavesTheOutcomeBlank()
    {
        var from = await SaveSampleCopyAsync("plan-next-2022");
        var finance = await app.As("finance");

        var created = await finance.PostAsync("/api/performance/years/plan-next-2022/next", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var summary = (await created.Content.ReadFromJsonAsync<YearSummary>(Json.Options))!;
        Assert.Equal(("plan-next-2023", 2023, from.Projects.Count), (summary.Id, summary.FiscalYear, summary.Projects.Count));

        var again = await finance.PostAsync("/api/performance/years/plan-next-2022/next", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("performance.year_exists", (await again.ProblemAsync()).GetProperty("code").GetString());

        await using var scope = app.Scope();
        var next = (await scope.ServiceProvider.GetRequiredService<PerformanceYears>().FindAsync("plan-next-2023"))!.Year;
        var source = from.Projects.First(p => p.Indicators.Count > 0);
        var carried = next.Projects.Single(p => p.Code == source.Code);
        Assert.Equal(source.Indicators.Select(i => (i.Name, i.Nature, i.Target, i.Weight)), carried.Indicators.Select(i => (i.Name, i.Nature, i.Target, i.Weight)));
        Assert.All(carried.Indicators, i => Assert.True(i.Completion is null && i.EnteredScore is null && i.ShortfallReason is null));
        Assert.Null(carried.Budget.Total.Executed);
        Assert.Null(carried.EnteredTotal);
        Assert.Contains(await XinfangApp.Db(scope).AuditEntries.Where(a => a.EntityType == "StoredPerformanceYear" && a.EntityId == "plan-next-2023").ToListAsync(),
            a => a.Action == "Added" && a.UserName == "finance");
        Assert.Contains(await scope.ServiceProvider.GetRequiredService<PerformanceYears>().ListAsync(), y => y.Id == "plan-next-2023" && !y.IsSample);
    }

    /// <summary>A change sent with the revision it was based on is refused once someone else saved the year: 409 with
    /// code performance.stale_revision, as for a case; the other change stays.</summary>
    [Fact]
    public async Task AddIndicator_WithAStaleRevision_Answers409AndKeepsTheOtherChange()
    {
        await SaveSampleCopyAsync("plan-stale-2022");
        var finance = await app.As("finance");
        const string year = "/api/performance/years/plan-stale-2022";
        var opened = (await finance.GetFromJsonAsync<YearSummary>(year, Json.Options))!;
        var code = opened.Projects[0].Code;
        object Indicator(string name) => new
        {
            level1 = "产出指标", level2 = "数量指标", name, nature = "≥", target = "10", unit = "件", weight = 5, expectedRevision = opened.Revision,
        };

        var first = await finance.PostAsJsonAsync($"{year}/projects/{code}/indicators", Indicator("并发测试甲"), Json.Options);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(opened.Revision + 1, (await first.Content.ReadFromJsonAsync<YearSummary>(Json.Options))!.Revision);

        var second = await finance.PostAsJsonAsync($"{year}/projects/{code}/indicators", Indicator("并发测试乙"), Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("performance.stale_revision", (await second.ProblemAsync()).GetProperty("code").GetString());

        await using var scope = app.Scope();
        var kept = (await scope.ServiceProvider.GetRequiredService<PerformanceYears>().FindAsync("plan-stale-2022"))!;
        var indicators = kept.Year.Projects.Single(p => p.Code == code).Indicators.Select(i => i.Name).ToList();
        Assert.Contains("并发测试甲", indicators);
        Assert.DoesNotContain("并发测试乙", indicators);
    }

    [Fact]
    public async Task AddProjectAndIndicators_NameEachBadFieldAndKeepTheGoodOnes()
    {
        await SaveSampleCopyAsync("plan-add-2022");
        var finance = await app.As("finance");
        const string years = "/api/performance/years/plan-add-2022";

        var bad = await finance.PostAsJsonAsync($"{years}/projects", new { code = "x 1", name = "", initialBudget = -1 }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ProblemAsync()).GetProperty("errors");
        Assert.Equal(["code", "initialBudget", "name", "type"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("项目编码", errors.GetProperty("code")[0].GetString());

        var project = await finance.PostAsJsonAsync($"{years}/projects",
            new { code = "51041126T000000400001", name = "矛盾纠纷多元化解专项经费", type = "SpecificPurpose", initialBudget = 20m }, Json.Options);
        Assert.Equal(HttpStatusCode.Created, project.StatusCode);
        var duplicate = await finance.PostAsJsonAsync($"{years}/projects",
            new { code = "51041126T000000400001", name = "重复", type = "Operating" }, Json.Options);
        Assert.Equal("performance.code_taken", (await duplicate.ProblemAsync()).GetProperty("codes").GetProperty("code")[0].GetString());

        const string indicators = $"{years}/projects/51041126T000000400001/indicators";
        var wrongLevel = await finance.PostAsJsonAsync(indicators,
            new { level1 = "产出指标", level2 = "社会效益指标", name = "化解矛盾纠纷", nature = "≥", target = "50", unit = "件", weight = 30m }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, wrongLevel.StatusCode);
        Assert.Contains("数量指标", (await wrongLevel.ProblemAsync()).GetProperty("errors").GetProperty("level2")[0].GetString());

        foreach (var (level1, level2, name, nature, target, unit, weight) in new[]
        {
            ("产出指标", "数量指标", "化解矛盾纠纷", "≥", "50", "件", 50m),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95", "%", 40m),
        })
        {
            var added = await finance.PostAsJsonAsync(indicators, new { level1, level2, name, nature, target, unit, weight }, Json.Options);
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var removed = await finance.DeleteAsync($"{indicators}/1");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        await using var scope = app.Scope();
        var year = (await scope.ServiceProvider.GetRequiredService<PerformanceYears>().FindAsync("plan-add-2022"))!.Year;
        var stored = year.Projects.Single(p => p.Code == "51041126T000000400001");
        Assert.Equal(("矛盾纠纷多元化解专项经费", 20m, 20m), (stored.Name, stored.Budget.Total.InitialBudget, stored.Budget.Total.AdjustedBudget));
        Assert.Equal(["群众满意度"], stored.Indicators.Select(i => i.Name));
        // The engine scores the new project like any other: the indicator weights (40) do not add up to 90.
        var scored = EvaluatePerformance.Handle(year).Projects.Single(p => p.Project.Code == stored.Code);
        Assert.Contains(scored.Findings, f => f.Code == FindingCodes.WeightsIndicatorSum);
    }

    [Fact]
    public async Task OnlyFinanceAndAdministratorsChangeTargets()
    {
        await SaveSampleCopyAsync("plan-deny-2022");
        var leader = await app.As("leader");

        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/performance/years/plan-deny-2022")).StatusCode);
        var denied = await leader.PostAsJsonAsync("/api/performance/years/plan-deny-2022/projects",
            new { code = "51041126T000000400009", name = "越权新增", type = "Operating" }, Json.Options);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync("/api/performance/years/plan-deny-2022/next", null)).StatusCode);

        var registrar = await app.As("registrar");
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.GetAsync("/api/performance/years")).StatusCode);

        await using var scope = app.Scope();
        Assert.DoesNotContain((await scope.ServiceProvider.GetRequiredService<PerformanceYears>().FindAsync("plan-deny-2022"))!.Year.Projects, p => p.Name == "越权新增");
    }

    private async Task<Xinfang.Core.Performance.Model.PerformanceYear> SaveSampleCopyAsync(string id)
    {
        var copy = PerformanceSampleCatalog.Find("renhe-2022")! with { Id = id };
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<IPerformanceYearStore>().SaveAsync(copy, null);
        return copy;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTargetPlanningTests(SqliteApp app) : TargetPlanningContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTargetPlanningTests(PostgresApp app) : TargetPlanningContract(app);
