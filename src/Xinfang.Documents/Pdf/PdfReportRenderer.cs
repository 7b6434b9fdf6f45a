using Xinfang.Core.Common.Reporting;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Xinfang.Core.Finance.Report;
using Xinfang.Documents.Charts;
using Xinfang.Documents.Fonts;

namespace Xinfang.Documents.Pdf;

/// <summary>Lays the report out on A4 pages with PDFsharp: CJK text wrapped character by character, charts as images,
/// tables as ruled grids. The font is embedded (subset) with Unicode encoding.</summary>
public static class PdfReportRenderer
{
    private const double Margin = 56;
    private const double BodySize = 10.5;

    public static void Render(FinalAccountsReport report, Stream output, IReadOnlyDictionary<int, byte[]>? charts = null) =>
        Render(report.Title, report.Blocks, output, charts);

    public static void Render(string title, IReadOnlyList<ReportBlock> blocks, Stream output, IReadOnlyDictionary<int, byte[]>? charts = null)
    {
        CjkFontResolver.Install();
        var document = new PdfDocument();
        document.Info.Title = title;
        var layout = new PageCursor(document);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LineBlock l:
                    layout.Text(l.Text, 12, bold: false, center: l.Align == LineAlign.Center, spaceBefore: 4, right: l.Align == LineAlign.Right);
                    break;
                case HeadingBlock h:
                    layout.Text(h.Text, h.Level switch { 0 => 18, 1 => 15, 2 => 13, _ => 11.5 }, bold: true,
                        center: h.Level <= 1, spaceBefore: h.Level <= 1 ? 14 : 8);
                    break;
                case ParagraphBlock p:
                    layout.Text(p.Text, BodySize, bold: false, center: false, spaceBefore: 3, indent: true);
                    break;
                case ChartBlock c:
                    layout.Image(charts?.GetValueOrDefault(c.Chart.Number) ?? ChartRenderer.RenderPng(c.Chart));
                    break;
                case TableBlock t:
                    layout.Table(t.Table);
                    break;
                case PageBreakBlock:
                    layout.NewPage();
                    break;
            }
        }
        layout.Finish();
        document.Save(output, false);
    }

    /// <summary>Where the next block goes; starts new pages as needed.</summary>
    private sealed class PageCursor
    {
        private readonly PdfDocument _document;
        private readonly Dictionary<(double, bool), XFont> _fonts = [];
        private readonly Dictionary<(char, double, bool), double> _widths = [];
        private XGraphics? _gfx;
        private PdfPage? _page;
        private double _y;

        public PageCursor(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        private double Width => _page!.Width.Point - 2 * Margin;
        private double Bottom => _page!.Height.Point - Margin;

        public void NewPage()
        {
            _gfx?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        public void Finish() => _gfx?.Dispose();

        private XFont Font(double size, bool bold)
        {
            if (!_fonts.TryGetValue((size, bold), out var font))
            {
                font = new XFont(CjkFont.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
                _fonts[(size, bold)] = font;
            }
            return font;
        }

        private double CharWidth(char c, double size, bool bold)
        {
            if (!_widths.TryGetValue((c, size, bold), out var w))
            {
                w = _gfx!.MeasureString(c.ToString(), Font(size, bold)).Width;
                _widths[(c, size, bold)] = w;
            }
            return w;
        }

        /// <summary>Breaks text into lines by width. Numbers and Latin words are not split, and closing punctuation
        /// never starts a line (it stays with the character before it).</summary>
        private List<string> Wrap(string text, double size, bool bold, double width, double firstIndent)
        {
            var lines = new List<string>();
            var current = new System.Text.StringBuilder();
            var used = firstIndent;
            foreach (var token in Tokens(text))
            {
                var w = token.Sum(c => CharWidth(c, size, bold));
                if (used + w > width && current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    used = 0;
                }
                current.Append(token);
                used += w;
            }
            if (current.Length > 0 || lines.Count == 0)
            {
                lines.Add(current.ToString());
            }
            return lines;
        }

        private const string NoLineStart = "，。、；：？！）》」』”’%.,;:)";

        private static IEnumerable<string> Tokens(string text)
        {
            var token = new System.Text.StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                token.Append(text[i]);
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                var keepTogether = next != '\0' && (NoLineStart.Contains(next, StringComparison.Ordinal)
                    || (IsWordChar(text[i]) && IsWordChar(next)));
                if (!keepTogether)
                {
                    yield return token.ToString();
                    token.Clear();
                }
            }
            if (token.Length > 0)
            {
                yield return token.ToString();
            }
        }

        private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '.';

        public void Text(string text, double size, bool bold, bool center, double spaceBefore, bool indent = false, bool right = false)
        {
            var lineHeight = size * 1.6;
            var firstIndent = indent ? 2 * size : 0;
            _y += spaceBefore;
            var lines = Wrap(text, size, bold, Width, firstIndent);
            for (var i = 0; i < lines.Count; i++)
            {
                if (_y + lineHeight > Bottom)
                {
                    NewPage();
                }
                var font = Font(size, bold);
                var x = Margin + (i == 0 ? firstIndent : 0);
                if (center)
                {
                    x = Margin + (Width - _gfx!.MeasureString(lines[i], font).Width) / 2;
                }
                else if (right)
                {
                    x = Margin + Width - _gfx!.MeasureString(lines[i], font).Width;
                }
                _gfx!.DrawString(lines[i], font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        public void Image(byte[] png)
        {
            using var stream = new MemoryStream(png);
            using var image = XImage.FromStream(stream);
            var width = Width * 0.8;
            var height = width * image.PixelHeight / image.PixelWidth;
            if (_y + height + 6 > Bottom)
            {
                NewPage();
            }
            _gfx!.DrawImage(image, Margin + (Width - width) / 2, _y + 6, width, height);
            _y += height + 12;
        }

        public void Table(PublicTable table)
        {
            const double size = 8.5;
            if (_y + 80 > Bottom)
            {
                NewPage();
            }
            Text($"{table.Code}　{table.Title}", 12, bold: true, center: true, spaceBefore: 10);
            Text($"单位：{table.Unit}", size, bold: false, center: false, spaceBefore: 0);
            var widths = ColumnWidths(table);
            Row(table.Columns, widths, size, bold: true);
            foreach (var row in table.Rows)
            {
                Row(row, widths, size, bold: false);
            }
            foreach (var note in new[] { table.EmptyNote, table.Note }.OfType<string>())
            {
                Text(note, size, bold: false, center: false, spaceBefore: 2);
            }
        }

        private double[] ColumnWidths(PublicTable table)
        {
            var weights = table.Columns.Select((c, i) => c is "科目名称" or "收入项目" or "支出项目" or "项目" ? 3.0 : i == 0 && c == "科目编码" ? 1.1 : 1.0).ToArray();
            var total = weights.Sum();
            return [.. weights.Select(w => w / total * Width)];
        }

        private void Row(IReadOnlyList<string> cells, double[] widths, double size, bool bold)
        {
            const double pad = 3;
            var wrapped = cells.Select((c, i) => Wrap(c, size, bold, widths[i] - 2 * pad, 0)).ToList();
            var lineHeight = size * 1.4;
            var height = wrapped.Max(w => w.Count) * lineHeight + 2 * pad;
            if (_y + height > Bottom)
            {
                NewPage();
            }
            var x = Margin;
            var font = Font(size, bold);
            for (var i = 0; i < cells.Count; i++)
            {
                _gfx!.DrawRectangle(XPens.Black, x, _y, widths[i], height);
                var numeric = !bold && i > 0 && decimal.TryParse(cells[i], out _);
                for (var l = 0; l < wrapped[i].Count; l++)
                {
                    var text = wrapped[i][l];
                    var tx = numeric ? x + widths[i] - pad - _gfx.MeasureString(text, font).Width : x + pad;
                    _gfx.DrawString(text, font, XBrushes.Black, tx, _y + pad + l * lineHeight, XStringFormats.TopLeft);
                }
                x += widths[i];
            }
            _y += height;
        }
    }
}
