using Xinfang.Core.Common;
using Xinfang.Core.Common.Reporting;

namespace Xinfang.Core.Notices;

/// <summary>A notice laid out as an official document: the issuer, the title, the number, the addressee, the body, the
/// issuer and date at the foot. The Word, PDF and printable HTML renderers lay out these blocks.</summary>
public sealed record NoticeDocument(Guid Id, NoticeKind Kind, string Number, string Title, string Issuer, string Recipient, string Body,
    DateTimeOffset IssuedAt)
{
    public string FileName => $"{Title}（{Number}）";

    public IReadOnlyList<ReportBlock> Blocks()
    {
        var date = ChinaTime.DateOf(IssuedAt);
        List<ReportBlock> blocks =
        [
            new HeadingBlock(0, Issuer),
            new HeadingBlock(1, Title),
            new LineBlock(Number, LineAlign.Center),
            new LineBlock($"{Recipient}：", LineAlign.Left),
        ];
        blocks.AddRange(Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new ParagraphBlock(p)));
        blocks.Add(new LineBlock(Issuer, LineAlign.Right));
        blocks.Add(new LineBlock($"{date.Year}年{date.Month}月{date.Day}日", LineAlign.Right));
        return blocks;
    }

    public static NoticeDocument Of(Notice notice) =>
        new(notice.Id, notice.Kind, notice.Number, notice.Title, notice.Issuer, notice.Recipient, notice.Body, notice.IssuedAt);
}
