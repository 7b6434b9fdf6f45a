using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Xinfang.Core.Routing;

namespace Xinfang.Cli;

/// <summary><c>xinfang routing train --file labelled.csv --out MODEL [--holdout 0.2 --seed 42]</c> and
/// <c>xinfang routing evaluate --model MODEL --file test.csv [--json]</c>: the category model the platform uses at
/// intake, trained and measured from CSV (<c>subject,detail,label</c>).</summary>
internal static class RoutingCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var routing = new Command("routing", "类别建议模型：训练与评估（CSV：subject,detail,label）");
        routing.Subcommands.Add(Train());
        routing.Subcommands.Add(Evaluate());
        return routing;
    }

    private static Command Train()
    {
        var file = new Option<FileInfo>("--file") { Description = "带标注的留言 CSV（表头含 subject,detail,label）", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "模型文件的保存位置", Required = true };
        var holdout = new Option<double?>("--holdout") { Description = "按类别分层留出此比例不参与训练，训练后在其上评估（如 0.2）" };
        var seed = new Option<int>("--seed") { Description = "分层留出的随机种子", DefaultValueFactory = _ => 42 };
        var testOut = new Option<FileInfo?>("--test-out") { Description = "把留出的测试集写成 CSV（供 routing evaluate 使用）" };
        var command = new Command("train", "训练类别建议模型") { file, output, holdout, seed, testOut };
        command.SetAction(async (parse, ct) =>
        {
            var console = parse.InvocationConfiguration.Output;
            var errors = parse.InvocationConfiguration.Error;
            if (!TryRead(parse.GetValue(file)!, errors, out var rows))
            {
                return 2;
            }

            var test = new List<LabelledText>();
            if (parse.GetValue(holdout) is { } fraction)
            {
                if (fraction is <= 0 or >= 1)
                {
                    errors.WriteLine("--holdout：须在 0 与 1 之间（如 0.2）。");
                    return 2;
                }

                (rows, test) = StratifiedSplit.Of(rows, fraction, parse.GetValue(seed));
                if (parse.GetValue(testOut) is { } testFile)
                {
                    await WriteCsvAsync(testFile, test, ct);
                }
            }

            if (rows.Select(r => r.Label).Distinct().Count() < 2)
            {
                errors.WriteLine("--file：训练数据至少需要两个类别。");
                return 2;
            }

            var watch = Stopwatch.StartNew();
            CategoryModel model = null!;
            await ProgressBar.RunAsync(errors, $"训练（{rows.Count} 条）", 1000, bar =>
            {
                model = CategoryModel.Train(rows, ProgressBar.Map<(int Done, int Total)>(bar, p => p.Done * 1000 / p.Total));
                return Task.CompletedTask;
            });
            var trained = watch.Elapsed;
            var target = parse.GetValue(output)!;
            await using (var stream = target.Create())
            {
                model.Save(stream);
            }

            console.WriteLine($"已训练：{rows.Count} 条，{model.Labels.Count} 个类别，{model.Dimension} 个特征，用时 {trained.TotalSeconds:0.0} 秒；模型已存入 {target.FullName}（{target.Length / 1024} KB）。");
            if (test.Count > 0)
            {
                Print(console, ModelEvaluation.Of(model, test));
            }

            return 0;
        });
        return command;
    }

    private static Command Evaluate()
    {
        var modelFile = new Option<FileInfo>("--model") { Description = "routing train 保存的模型文件", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "带标注的测试 CSV（表头含 subject,detail,label）", Required = true };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出（accuracy、macroF1、top3 为小数）" };
        var command = new Command("evaluate", "在带标注的数据上评估模型：准确率、宏平均 F1、前三命中率") { modelFile, file, json };
        command.SetAction(async (parse, ct) =>
        {
            var console = parse.InvocationConfiguration.Output;
            var errors = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(modelFile)!;
            if (!path.Exists)
            {
                errors.WriteLine($"--model：文件不存在：{path.FullName}");
                return 2;
            }

            CategoryModel model;
            try
            {
                await using var stream = path.OpenRead();
                model = CategoryModel.Load(stream);
            }
            catch (InvalidDataException e)
            {
                errors.WriteLine($"--model：{e.Message}");
                return 2;
            }

            if (!TryRead(parse.GetValue(file)!, errors, out var rows))
            {
                return 2;
            }

            var evaluation = ModelEvaluation.Of(model, rows);
            if (parse.GetValue(json))
            {
                console.WriteLine(JsonSerializer.Serialize(evaluation, Json));
            }
            else
            {
                Print(console, evaluation);
            }

            return 0;
        });
        return command;
    }

    private static bool TryRead(FileInfo path, TextWriter errors, out List<LabelledText> rows)
    {
        rows = [];
        if (!path.Exists)
        {
            errors.WriteLine($"--file：文件不存在：{path.FullName}");
            return false;
        }

        try
        {
            using var reader = new StreamReader(path.FullName, detectEncodingFromByteOrderMarks: true);
            rows = LabelledTextFile.Read(reader);
        }
        catch (InvalidDataException e)
        {
            errors.WriteLine($"--file：{e.Message}");
            return false;
        }

        if (rows.Count == 0)
        {
            errors.WriteLine("--file：没有带类别的留言。");
            return false;
        }

        return true;
    }

    private static void Print(TextWriter console, ModelEvaluation e)
    {
        console.WriteLine($"评估 {e.Messages} 条：准确率 {e.Accuracy:P2}，宏平均 F1 {e.MacroF1:0.0000}，前三命中率 {e.Top3:P2}，每条建议 {e.MillisecondsPerSuggestion:0.00} 毫秒。");
        foreach (var c in e.Categories)
        {
            console.WriteLine($"  {c.Label}（{c.Support} 条）：精确率 {c.Precision:P1}，召回率 {c.Recall:P1}，F1 {c.F1:0.000}");
        }
    }

    private static async Task WriteCsvAsync(FileInfo file, IEnumerable<LabelledText> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(file.FullName);
        await writer.WriteLineAsync("subject,detail,label");
        foreach (var row in rows)
        {
            await writer.WriteLineAsync($",{Quote(row.Text)},{Quote(row.Label)}".AsMemory(), ct);
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";
}
