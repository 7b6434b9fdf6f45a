using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace Xinfang.Cli;

/// <summary>`xinfang bench http`: load and latency of a running platform over real HTTP on loopback.</summary>
internal static class BenchCommands
{
    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "平台地址", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var password = new Option<string>("--password") { Description = "演示账号密码", DefaultValueFactory = _ => "Xinfang@2026" };
        var clients = new Option<int>("--clients") { Description = "并发客户端数", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "登记压测时长（秒）", DefaultValueFactory = _ => 20 };
        var samples = new Option<int>("--samples") { Description = "每种查询的采样次数", DefaultValueFactory = _ => 100 };
        var warmup = new Option<int>("--warmup")
        {
            Description = "计时前先登记多少秒（不计入结果）：平台刚启动时代码仍在即时编译，稳定状态才是日常的速度",
            DefaultValueFactory = _ => 90,
        };
        var registrationsOnly = new Option<bool>("--registrations-only") { Description = "只测登记吞吐（用于分析每件登记的 CPU 开销）" };
        var http = new Command("http", "对运行中的平台压测：登记吞吐（件/秒）、队列查询与三率查询的 p50/p95") { url, password, clients, seconds, warmup, samples, registrationsOnly };
        http.SetAction(async (parse, ct) =>
        {
            var bench = new HttpBench(new Uri(parse.GetValue(url)!), parse.GetValue(password)!);
            await bench.RunAsync(parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(seconds)), TimeSpan.FromSeconds(parse.GetValue(warmup)),
                parse.GetValue(samples), parse.GetValue(registrationsOnly), ct);
            return 0;
        });
        var batch = new Option<int>("--batch") { Description = "每批条数", DefaultValueFactory = _ => 500 };
        var senders = new Option<int>("--clients") { Description = "并发发送方", DefaultValueFactory = _ => 4 };
        var intakeSeconds = new Option<int>("--seconds") { Description = "计时时长（秒）", DefaultValueFactory = _ => 20 };
        var intakeWarmup = new Option<int>("--warmup") { Description = "不计时的预热（秒）", DefaultValueFactory = _ => 20 };
        var intakeUrl = new Option<string>("--url") { Description = "平台地址", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var intakePassword = new Option<string>("--password") { Description = "演示账号密码", DefaultValueFactory = _ => "Xinfang@2026" };
        var intake = new Command("intake", "对运行中的平台压测批量推送（件/秒）：以管理员登记一个对接系统，再并发推送") { intakeUrl, intakePassword, senders, batch, intakeSeconds, intakeWarmup };
        intake.SetAction(async (parse, ct) =>
        {
            await new IntakeBench(new Uri(parse.GetValue(intakeUrl)!), parse.GetValue(intakePassword)!).RunAsync(parse.GetValue(senders), parse.GetValue(batch),
                TimeSpan.FromSeconds(parse.GetValue(intakeSeconds)), TimeSpan.FromSeconds(parse.GetValue(intakeWarmup)), ct);
            return 0;
        });
        var messages = new Option<int>("--messages") { Description = "放入发件箱的状态消息条数", DefaultValueFactory = _ => 5000 };
        var outbox = new Command("outbox", "状态回传吞吐（条/秒）：向本机接收方投递发件箱中的消息，并核对每条恰好送达一次、签名正确") { messages };
        outbox.SetAction((parse, ct) => OutboxBench.RunAsync(context, parse.GetValue(messages), parse.InvocationConfiguration.Output, ct));
        var searchUrl = new Option<string>("--url") { Description = "平台地址", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var searchPassword = new Option<string>("--password") { Description = "演示账号密码", DefaultValueFactory = _ => "Xinfang@2026" };
        var searchSamples = new Option<int>("--samples") { Description = "每个检索词、每个用户的采样次数", DefaultValueFactory = _ => 20 };
        var search = new Command("search", "对运行中的平台计时全文检索（GET /api/cases/search）：常见词到罕见词、全区与乡镇用户的 p50/p95") { searchUrl, searchPassword, searchSamples };
        search.SetAction(async (parse, ct) =>
        {
            await new SearchBench(new Uri(parse.GetValue(searchUrl)!), parse.GetValue(searchPassword)!).RunAsync(parse.GetValue(searchSamples), ct);
            return 0;
        });
        var bench = new Command("bench", "基准测试（结果记入 docs/benchmarks.md）");
        bench.Subcommands.Add(http);
        bench.Subcommands.Add(intake);
        bench.Subcommands.Add(outbox);
        bench.Subcommands.Add(search);
        bench.Subcommands.Add(DuplicateBench.Create(context));
        bench.Subcommands.Add(AnalysisBench.Create(context));
        return bench;
    }

    private sealed class HttpBench(Uri baseUri, string password)
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        public async Task RunAsync(int clients, TimeSpan duration, TimeSpan warmup, int samples, bool registrationsOnly, CancellationToken ct)
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
            var health = await http.GetFromJsonAsync<JsonElement>("/health", ct);
            var registrar = await TokenAsync(http, "registrar", ct);
            var dispatcher = await TokenAsync(http, "dispatcher", ct);
            var handler = await TokenAsync(http, "handler-renhe", ct);
            var categories = (await GetAsync<List<JsonElement>>(http, registrar, "/api/organisation/categories", ct))
                .Where(c => c.GetProperty("parentId").ValueKind != JsonValueKind.Null).Select(c => c.GetProperty("id").GetInt32()).ToList();
            var regions = (await GetAsync<List<JsonElement>>(http, registrar, "/api/organisation/regions", ct))
                .Where(r => r.GetProperty("kind").GetString() == "Township").Select(r => r.GetProperty("id").GetInt32()).ToList();
            var total = await GetAsync<JsonElement>(http, dispatcher, "/api/cases?pageSize=1", ct);

            var table = new Table().AddColumns("测量", "结果");
            table.AddRow("数据库", health.GetProperty("database").GetString()!);
            table.AddRow("已有信访事项", total.GetProperty("total").GetInt32().ToString("N0"));
            table.AddRow("机器", $"{Environment.ProcessorCount} 核，{DateTime.Now:yyyy-MM-dd}");

            // Reads first, on the database as generated (vacuumed, as a bureau's database is between bursts); then the
            // registration load; then the district's queues once more, right after that burst of new, not yet
            // vacuumed cases.
            if (!registrationsOnly)
            {
                foreach (var (who, token) in new[] { ("派单员（全区）", dispatcher), ("仁和镇承办人", handler) })
                {
                    await TimeQueuesAsync(http, table, token, who, samples, ct);
                }

                var list = await TimeAsync(http, dispatcher, "/api/cases?page=50&pageSize=20", samples, ct);
                table.AddRow("全部事项第 50 页（派单员）", $"p50 {Percentile.Of(list, 50):0.0} ms，p95 {Percentile.Of(list, 95):0.0} ms");
                var from = DateTime.Today.AddYears(-1);
                var rates = await TimeAsync(http, dispatcher, $"/api/indicators/three-rates?from={from:yyyy-MM-dd}&to={DateTime.Today:yyyy-MM-dd}", Math.Max(10, samples / 5), ct);
                table.AddRow("三率（近一年，全区）", $"p50 {Percentile.Of(rates, 50):0.0} ms，p95 {Percentile.Of(rates, 95):0.0} ms");
                var ratesUnit = await TimeAsync(http, handler, $"/api/indicators/three-rates?from={from:yyyy-MM-dd}&to={DateTime.Today:yyyy-MM-dd}", Math.Max(10, samples / 5), ct);
                table.AddRow("三率（近一年，仁和镇范围）", $"p50 {Percentile.Of(ratesUnit, 50):0.0} ms，p95 {Percentile.Of(ratesUnit, 95):0.0} ms");
            }

            if (warmup > TimeSpan.Zero)
            {
                var (warmed, _, _) = await RegisterLoadAsync(http, registrar, categories, regions, clients, warmup, "预热中（不计入结果）……", ct);
                table.AddRow("预热（不计入）", $"{warmup.TotalSeconds:0} 秒，登记 {warmed:N0} 件");
            }

            var (count, failures, latencies) = await RegisterLoadAsync(http, registrar, categories, regions, clients, duration, "登记压测中……", ct);
            table.AddRow($"登记（{clients} 并发，{duration.TotalSeconds:0} 秒）",
                $"{count / duration.TotalSeconds:0.0} 件/秒，失败 {failures}，p50 {Percentile.Of(latencies, 50):0.0} ms，p95 {Percentile.Of(latencies, 95):0.0} ms");
            if (!registrationsOnly)
            {
                await TimeQueuesAsync(http, table, dispatcher, "派单员（全区），登记压测刚结束", samples, ct);
            }

            AnsiConsole.Write(table);
        }

        private static async Task<(int Count, int Failures, List<double> Latencies)> RegisterLoadAsync(
            HttpClient http, string token, List<int> categories, List<int> regions, int clients, TimeSpan duration, string status, CancellationToken ct)
        {
            var latencies = new List<double>();
            var count = 0;
            var failures = 0;
            var until = Stopwatch.StartNew();
            await AnsiConsole.Status().StartAsync(status, async _ =>
            {
                await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
                {
                    var random = new Random();
                    var mine = new List<double>();
                    while (until.Elapsed < duration)
                    {
                        var body = new
                        {
                            channel = "Hotline12345", receivedAt = DateTimeOffset.UtcNow, form = "Complaint", statutoryClass = "ClaimRequest",
                            categoryId = categories[random.Next(categories.Count)], regionId = regions[random.Next(regions.Count)],
                            subject = "压测登记", content = "压测：小区物业服务不到位，请求督促整改。",
                            petitioners = new[] { new { name = "压测", phone = $"139{random.Next(10_000_000, 99_999_999)}" } },
                        };
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(body, options: Json) };
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                        var watch = Stopwatch.StartNew();
                        using var response = await http.SendAsync(request, ct);
                        mine.Add(watch.Elapsed.TotalMilliseconds);
                        if (response.IsSuccessStatusCode) Interlocked.Increment(ref count);
                        else Interlocked.Increment(ref failures);
                    }

                    lock (latencies) latencies.AddRange(mine);
                }));
            });
            return (count, failures, latencies);
        }

        private static async Task TimeQueuesAsync(HttpClient http, Table table, string token, string who, int samples, CancellationToken ct)
        {
            foreach (var queue in new[] { "to-dispose", "to-sign", "in-progress", "due-soon", "overdue", "to-call-back" })
            {
                var timings = await TimeAsync(http, token, $"/api/cases?queue={queue}&page=1&pageSize=20", samples, ct);
                table.AddRow($"队列 {queue}（{who}）", $"p50 {Percentile.Of(timings, 50):0.0} ms，p95 {Percentile.Of(timings, 95):0.0} ms");
            }
        }

        private static async Task<List<double>> TimeAsync(HttpClient http, string token, string path, int samples, CancellationToken ct)
        {
            await GetAsync<JsonElement>(http, token, path, ct); // warm-up
            var timings = new List<double>(samples);
            for (var i = 0; i < samples; i++)
            {
                var watch = Stopwatch.StartNew();
                await GetAsync<JsonElement>(http, token, path, ct);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            return timings;
        }


        private async Task<string> TokenAsync(HttpClient http, string user, CancellationToken ct)
        {
            var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password }, ct);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
        }

        private static async Task<T> GetAsync<T>(HttpClient http, string token, string path, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
        }
    }
}
