using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Demo;
using Xinfang.Core.Identity;

namespace Xinfang.IntegrationTests.Analysis;

/// <summary>
/// A year of 100 000 demo cases, on both databases, each on a database of its own: a cross-tab's every figure drills down to
/// exactly its cases for the district and for a township; the whole year exports to one workbook of 100 000 rows, personal
/// data masked for a role that does not work with it; a township's queue exports exactly its list. (The export's memory is
/// measured in its own process by `xinfang bench analysis`: other tests share this one.)
/// </summary>
public abstract class AnalysisAtScaleContract(XinfangApp app) : IAsyncLifetime
{
    private const int Cases = 100_000;

    public async ValueTask InitializeAsync()
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Actor.CommandLine;
        var db = XinfangApp.Db(scope);
        if (!db.Set<Xinfang.Core.Cases.Case>().Any())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCaseGenerator>().GenerateAsync(Cases, seed: 5);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private const string Year = "from=2023-03-01&to=2024-03-04";

    [Fact]
    public async Task EveryFigure_DrillsDownToItsCases_ForTheDistrictAndForATownship()
    {
        foreach (var user in new[] { "leader", "handler-renhe" })
        {
            var client = await app.As(user);
            var slice = (await client.GetFromJsonAsync<SliceView>("/api/analysis/slice?from=2023-11-01&to=2023-11-30&rows=township&columns=form", Json.Options))!;
            Assert.True(slice.Total.Count > 1000 || user != "leader", $"{user}: {slice.Total.Count}");
            foreach (var row in slice.Items.Take(4))
            {
                foreach (var cell in row.Cells.Where(c => c.Count > 0).Take(3))
                {
                    var drilled = await client.GetFromJsonAsync<PagedList<CaseListItem>>($"/api/analysis/cases?{cell.Drill}&pageSize=1", Json.Options);
                    Assert.Equal(cell.Count, drilled!.Total);
                }
            }

            var list = await client.ListAsync("from=2023-11-01&to=2023-11-30&pageSize=1");
            Assert.Equal(list.Total, slice.Total.Count);
        }
    }

    [Fact]
    public async Task TheWholeYear_ExportsAsOneStreamedWorkbook_WithPersonalDataMaskedByRole()
    {
        var supervisor = await app.As("supervisor");
        var total = (await supervisor.GetFromJsonAsync<SliceView>($"/api/analysis/slice?{Year}&rows=channel", Json.Options))!.Total.Count;
        Assert.Equal(Cases, total);

        using var response = await supervisor.GetAsync($"/api/analysis/cases/export.xlsx?{Year}", HttpCompletionOption.ResponseHeadersRead);
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");
        await using (var output = File.Create(file))
        {
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(output);
        }

        try
        {
            Assert.True(response.IsSuccessStatusCode);
            var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object>>();
            var count = 0;
            foreach (var row in rows)
            {
                if (count++ == 0)
                {
                    Assert.DoesNotContain("*", (string)row["信访人"]); // the supervisor works with petitioners' data
                    Assert.Matches(@"^\d{11}$", (string)row["联系电话"]);
                }
            }

            Assert.Equal(Cases, count);
        }
        finally
        {
            File.Delete(file);
        }

        var leader = await app.As("leader");
        var masked = await leader.GetAsync("/api/analysis/cases/export.xlsx?from=2023-12-01&to=2023-12-03");
        await using var stream = await masked.Content.ReadAsStreamAsync();
        var first = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().First();
        Assert.Contains("*", (string)first["信访人"]);
        Assert.Contains("****", (string)first["联系电话"]);
    }

    [Fact]
    public async Task ATownshipsQueue_ExportsExactlyItsList()
    {
        var township = await app.As("handler-renhe");
        var list = await township.ListAsync("queue=in-progress&pageSize=1");
        var response = await township.GetAsync("/api/cases/export.xlsx?queue=in-progress");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(list.Total, rows.Count);
        Assert.Equal(400, (int)(await township.GetAsync("/api/cases/export.xlsx?queue=weekend")).StatusCode);
    }
}

public sealed class SqliteAnalysisAtScaleTests(SqliteApp app) : AnalysisAtScaleContract(app), IClassFixture<SqliteApp>;

public sealed class PostgresAnalysisAtScaleTests(PostgresApp app) : AnalysisAtScaleContract(app), IClassFixture<PostgresApp>;
