using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Samples;
using Xinfang.Documents;
using Xunit;

namespace Xinfang.UnitTests.Finance;

/// <summary>Opens the exported files with reader libraries (OpenXml SDK, MiniExcel, poppler's pdftotext/pdftoppm)
/// and finds the expected text, tables and images. Needs Debian fonts-lxgw-wenkai and poppler-utils.</summary>
public sealed class ExportedDocumentsTests : IClassFixture<ExportedDocumentsTests.Exports>
{
    private readonly Exports _exports;

    public ExportedDocumentsTests(Exports exports) => _exports = exports;

    public sealed class Exports : IDisposable
    {
        public Exports()
        {
            Directory = Path.Combine(Path.GetTempPath(), $"xinfang-finance-{Guid.NewGuid():N}");
            System.IO.Directory.CreateDirectory(Directory);
            var exporter = new ReportExporter(ReportGenerator.Generate(Renhe2022Sample.Create()));
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                exporter.WriteFile(format, PathOf(format));
            }
        }

        public string Directory { get; }

        public string PathOf(ReportFormat format) => Path.Combine(Directory, "renhe-2022" + ReportFormats.Extension(format));

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }

    [Fact]
    public void Docx_WhenOpened_HasTheSentencesSevenPicturesAndNineTables()
    {
        using var doc = WordprocessingDocument.Open(_exports.PathOf(ReportFormat.Docx), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("2022年度收、支总计309.33万元。与2021年相比，收、支总计各减少49.46万元，下降13.8%。", text, StringComparison.Ordinal);
        Assert.Contains("公务接待费支出0.75万元，完成预算63.01%", text, StringComparison.Ordinal);
        Assert.Equal(7, doc.MainDocumentPart.ImageParts.Count());
        Assert.Equal(7, body.Descendants<Drawing>().Count());
        Assert.Equal(9, body.Elements<Table>().Count());
        Assert.Contains(body.Descendants<RunFonts>(), f => f.EastAsia?.Value == "仿宋_GB2312");
        Assert.Contains("注：本表无数据。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_WhenOpened_HasOneSheetPerPublicTableWithFigures()
    {
        var path = _exports.PathOf(ReportFormat.Xlsx);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"公开{i:00}表"), MiniExcel.GetSheetNames(path));
        var rows = MiniExcel.Query(path, sheetName: "公开05表").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("公开05表　一般公共预算财政拨款支出决算表", rows[0]["A"]);
        var total = rows.Single(r => Equals(r["B"], "合计"));
        Assert.Equal(281.96, Convert.ToDouble(total["C"], System.Globalization.CultureInfo.InvariantCulture), 2);
        var empty = MiniExcel.Query(path, sheetName: "公开09表").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(empty, r => Equals(r["A"], "注：本表无数据。"));
    }

    [Fact]
    public void Html_WhenRead_HasSentencesChartsAndTables()
    {
        var html = File.ReadAllText(_exports.PathOf(ReportFormat.Html));
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("一般公共预算财政拨款收入281.96万元，占91.2%", html, StringComparison.Ordinal);
        Assert.Equal(7, CountOf(html, "data:image/png;base64,"));
        Assert.Equal(9, CountOf(html, "<table "));
    }

    [Fact]
    public void Pdf_WhenExtractedWithPdftotext_HasTheChineseSentencesAndTables()
    {
        var text = Run("pdftotext", $"-layout \"{_exports.PathOf(ReportFormat.Pdf)}\" -");
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("收、支总计各减少49.46万元，下降13.8%", flat, StringComparison.Ordinal);
        Assert.Contains("住房保障支出19.03万元，占6.8%", flat, StringComparison.Ordinal);
        Assert.Contains("公开09表国有资本经营预算财政拨款支出决算表", flat, StringComparison.Ordinal);
        Assert.Contains("注：本表无数据。", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WhenInspected_EmbedsTheCjkFontAndImages()
    {
        var fonts = Run("pdffonts", $"\"{_exports.PathOf(ReportFormat.Pdf)}\"");
        Assert.Contains("LXGW WenKai", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain(fonts.Split('\n').Skip(2).Where(l => l.Length > 0), l => !l.Contains(" yes yes yes ", StringComparison.Ordinal));
        var images = Run("pdfimages", $"-list \"{_exports.PathOf(ReportFormat.Pdf)}\"");
        Assert.True(images.Split('\n').Count(l => l.Contains("image", StringComparison.Ordinal)) >= 7);
    }

    [Fact]
    public void Pdf_WhenFirstPageRenderedToPng_ProducesAnImage()
    {
        var prefix = Path.Combine(_exports.Directory, "page");
        Run("pdftoppm", $"-png -r 60 -f 1 -l 1 \"{_exports.PathOf(ReportFormat.Pdf)}\" \"{prefix}\"");
        var png = Assert.Single(Directory.GetFiles(_exports.Directory, "page*.png"));
        Assert.True(new FileInfo(png).Length > 5_000);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start (install Debian poppler-utils).");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Fact]
    public void Docx_WithThePerformanceAttachments_EndsWithPartFourAndTheElevenSelfEvaluationTables()
    {
        var accounts = Renhe2022Sample.Create();
        var report = ReportGenerator.Generate(accounts, Xinfang.Core.Performance.Report.PerformanceAttachment.ForAccounts(accounts.Id));
        using var stream = new MemoryStream();
        new ReportExporter(report).Write(ReportFormat.Docx, stream);
        stream.Position = 0;
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document.Body!;

        Assert.Equal(9 + 11, body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
        Assert.Contains("第四部分 附件", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("群众意见受理中心项目经费", body.InnerText, StringComparison.Ordinal);
    }
}
