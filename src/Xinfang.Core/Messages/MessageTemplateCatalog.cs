namespace Xinfang.Core.Messages;

/// <summary>What each kind of message is for, its default text and the placeholders it may (and must) use.</summary>
public static class MessageTemplateCatalog
{
    public const int MaxLength = 300;

    public sealed record Entry(TextMessageKind Kind, string Name, string When, string DefaultText, IReadOnlyList<string> Placeholders,
        IReadOnlyList<string> Required);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(TextMessageKind.PhoneCode, "手机验证码", "群众在门户提交事项前确认手机号",
            "【{局名}】您的验证码为{验证码}，10分钟内有效。如非本人操作，请忽略本短信。", ["局名", "验证码"], ["验证码"]),
        new(TextMessageKind.Registered, "登记告知", "事项登记后（门户提交的事项附查询码）",
            "【{局名}】您反映的事项已登记，编号{编号}，查询码{查询码}。我们将在15日内告知您是否受理，可凭编号和查询码在群众门户查询办理进度。",
            ["局名", "编号", "查询码", "日期"], ["编号"]),
        new(TextMessageKind.Accepted, "受理告知", "承办单位受理后",
            "【{局名}】您反映的事项（编号{编号}）已由{单位}受理，将于{期限}前书面答复。", ["局名", "编号", "单位", "期限", "日期"], ["编号"]),
        new(TextMessageKind.Refused, "不予受理告知", "决定不予受理后",
            "【{局名}】您反映的事项（编号{编号}）不予受理，理由：{理由}。书面告知书可在群众门户查看。", ["局名", "编号", "理由", "日期"], ["编号"]),
        new(TextMessageKind.Extended, "延期告知", "批准延长办理期限后",
            "【{局名}】您反映的事项（编号{编号}）情况复杂，办理期限延长至{期限}，理由：{理由}。", ["局名", "编号", "期限", "理由", "日期"], ["编号", "期限"]),
        new(TextMessageKind.Replied, "答复告知", "出具答复意见后",
            "【{局名}】您反映的事项（编号{编号}）已答复，请在群众门户凭编号和查询码查看答复意见并评价。对答复不服的，可在收到之日起30日内申请复查。",
            ["局名", "编号", "日期"], ["编号"]),
        new(TextMessageKind.RateReminder, "评价提醒", "答复3日后仍未评价时",
            "【{局名}】您反映的事项（编号{编号}）已于{日期}答复，请在群众门户对办理情况进行评价，感谢您的支持。", ["局名", "编号", "日期"], ["编号"]),
    ];

    public static Entry Of(TextMessageKind kind) => All.First(e => e.Kind == kind);
}
