using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace Xinfang.Cli;

/// <summary><c>xinfang bench search</c>: latency of <c>GET /api/cases/search</c> on a running platform, for a district-wide
/// user and a township handler, over words from frequent to rare (and a phone look-up), each sampled in turn.</summary>
internal sealed class SearchBench(Uri baseUri, string password)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Words citizens' messages use often (物业, 小区 噪音) down to rare ones, one- to three-word queries.</summary>
    public static readonly string[] Queries =
    [
        "物业", "小区 噪音", "拖欠工资", "学校", "公交 线路", "拆迁 补偿", "医保 报销", "油烟", "停车位", "房产证",
        "公积金 提取", "垃圾 焚烧", "违章建筑", "农民工", "幼儿园 收费", "出租车", "停水", "加装电梯", "社保 缴费", "延期交房",
        "搅拌站 噪音 扰民", "13912345678",
    ];

    public async Task RunAsync(int samples, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        var users = new[] { ("派单员（全区）", await TokenAsync(http, "dispatcher", ct)), ("仁和镇承办人", await TokenAsync(http, "handler-renhe", ct)) };
        var table = new Table().AddColumns("检索词", "用户", "命中", "p50", "p95");
        var all = new List<double>();
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("检索计时", maxValue: Queries.Length * users.Length);
            foreach (var q in Queries)
            {
                foreach (var (who, token) in users)
                {
                    var path = $"/api/cases/search?q={Uri.EscapeDataString(q)}&pageSize=20";
                    var total = (await GetAsync(http, token, path, ct)).GetProperty("total").GetInt32(); // warm-up
                    var timings = new List<double>(samples);
                    for (var i = 0; i < samples; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        await GetAsync(http, token, path, ct);
                        timings.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    all.AddRange(timings);
                    table.AddRow(q, who, total.ToString("N0"), $"{Percentile.Of(timings, 50):0.0} ms", $"{Percentile.Of(timings, 95):0.0} ms");
                    task.Increment(1);
                }
            }
        });
        table.AddRow("[bold]全部[/]", "", "", $"{Percentile.Of(all, 50):0.0} ms", $"[bold]{Percentile.Of(all, 95):0.0} ms[/]");
        AnsiConsole.Write(table);
    }


    private async Task<string> TokenAsync(HttpClient http, string user, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string token, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
    }
}
