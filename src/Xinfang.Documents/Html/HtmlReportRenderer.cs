using Xinfang.Core.Common.Reporting;
using System.Net;
using System.Text;
using Xinfang.Core.Finance.Report;
using Xinfang.Documents.Charts;

namespace Xinfang.Documents.Html;

/// <summary>A self-contained HTML page for the government website: semantic headings, paragraphs, tables with
/// captions, charts embedded as PNG data URIs with Chinese alt text.</summary>
public static class HtmlReportRenderer
{
    public static string Render(FinalAccountsReport report, IReadOnlyDictionary<int, byte[]>? charts = null) =>
        Render(report.Title, report.Blocks, charts);

    public static string Render(string title, IReadOnlyList<ReportBlock> blocks, IReadOnlyDictionary<int, byte[]>? charts = null)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:\"FangSong\",\"仿宋\",\"Noto Serif CJK SC\",serif;max-width:52em;margin:2em auto;padding:0 1em;line-height:1.9;color:#222}\n")
            .Append("h1,h2,h3,h4{font-family:\"SimHei\",\"黑体\",\"Noto Sans CJK SC\",sans-serif}h1,h2{text-align:center}p{text-indent:2em;margin:.3em 0}\n")
            .Append("figure{text-align:center;margin:1em 0}figure img{max-width:100%}table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.9em}\n")
            .Append("th,td{border:1px solid #444;padding:.2em .4em}td.num{text-align:right}caption{font-weight:bold;padding:.4em}.unit,.note{text-indent:0;font-size:.9em}\n")
            .Append("p.line{text-indent:0}p.center{text-align:center}p.right{text-align:right}@media print{body{margin:0;max-width:none}}\n")
            .Append("</style>\n</head>\n<body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LineBlock l:
                    html.Append("<p class=\"line ").Append(l.Align.ToString().ToLowerInvariant()).Append("\">").Append(E(l.Text)).Append("</p>\n");
                    break;
                case HeadingBlock h:
                    var tag = $"h{Math.Min(h.Level + 1, 4)}";
                    html.Append('<').Append(tag).Append('>').Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock p:
                    html.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case ChartBlock c:
                    var png = charts?.GetValueOrDefault(c.Chart.Number) ?? ChartRenderer.RenderPng(c.Chart);
                    html.Append("<figure><img src=\"data:image/png;base64,").Append(Convert.ToBase64String(png))
                        .Append("\" alt=\"").Append(E(c.Chart.Caption)).Append("\"><figcaption>（").Append(E(c.Chart.Caption)).Append("）</figcaption></figure>\n");
                    break;
                case TableBlock t:
                    Table(html, t.Table);
                    break;
            }
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, PublicTable table)
    {
        html.Append("<table id=\"").Append(E(table.Code)).Append("\">\n<caption>").Append(E(table.Code)).Append('　').Append(E(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var c in table.Columns)
        {
            html.Append("<th>").Append(E(c)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var numeric = i > 0 && decimal.TryParse(row[i], out _);
                html.Append(numeric ? "<td class=\"num\">" : "<td>").Append(E(row[i])).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n<p class=\"unit\">单位：").Append(E(table.Unit)).Append("</p>\n");
        foreach (var note in new[] { table.EmptyNote, table.Note }.OfType<string>())
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
