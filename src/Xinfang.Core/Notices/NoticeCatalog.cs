namespace Xinfang.Core.Notices;

/// <summary>What each notice is: its title, the word in its number (仁信受〔2026〕12号), who receives it, and the default
/// text of its body with the placeholders its step fills in. The administrator may change the body
/// (<see cref="NoticeTemplate"/>); a notice keeps the text it was issued with.</summary>
public static class NoticeCatalog
{
    public const int MaxBodyLength = 4000;

    public sealed record Entry(NoticeKind Kind, string Title, string NumberWord, bool ForPetitioner, string DefaultBody, IReadOnlyList<string> Placeholders);

    private static readonly string[] Common = ["信访人", "事项编号", "事项标题", "收到日期", "登记日期", "事项内容摘要", "承办单位", "局名", "日期"];

    public static readonly IReadOnlyList<Entry> All =
    [
        new(NoticeKind.Acceptance, "信访事项受理告知书", "受", true,
            "你（们）于{收到日期}反映的“{事项标题}”（事项编号{事项编号}）已收悉。经审查，该事项属于本机关法定职权范围，根据《信访工作条例》第三十二条的规定，决定予以受理。\n"
            + "本机关将自受理之日起60日内（{答复期限}前）办结并书面答复你（们）；情况复杂的，经批准可以适当延长办理期限，延长期限不超过30日，并告知你（们）延期理由。\n特此告知。",
            [.. Common, "受理日期", "答复期限"]),
        new(NoticeKind.Refusal, "信访事项不予受理告知书", "不受", true,
            "你（们）于{收到日期}反映的“{事项标题}”（事项编号{事项编号}）已收悉。经审查，{不予受理理由}。根据《信访工作条例》第三十二条的规定，本机关决定不予受理。\n"
            + "请你（们）{应当途径}。\n特此告知。",
            [.. Common, "不予受理理由", "应当途径"]),
        new(NoticeKind.Transfer, "信访事项转送（交办）告知书", "转", true,
            "你（们）于{收到日期}反映的“{事项标题}”（事项编号{事项编号}）已收悉。根据《信访工作条例》第二十四条的规定，本局已于{日期}将该事项{转送方式}{承办单位}办理。"
            + "{承办单位}将自收到之日起15日内决定是否受理并书面告知你（们）。\n特此告知。",
            [.. Common, "转送方式"]),
        new(NoticeKind.Extension, "信访事项延期办理告知书", "延", true,
            "你（们）反映的“{事项标题}”（事项编号{事项编号}），因{延期理由}，情况复杂，经批准，办理期限延长{延期天数}日，将于{答复期限}前办结并书面答复你（们）。\n"
            + "根据《信访工作条例》第三十五条的规定，特此告知。",
            [.. Common, "延期理由", "延期天数", "答复期限"]),
        new(NoticeKind.Reply, "信访事项答复意见书", "答", true,
            "你（们）于{收到日期}反映的“{事项标题}”（事项编号{事项编号}），本机关已依法办理，现答复如下：\n{答复意见}\n"
            + "如对本答复意见不服，可以自收到本答复意见书之日起30日内，向{复查机关}请求复查。",
            [.. Common, "答复意见", "复查机关", "复查申请截止日"]),
        new(NoticeKind.ReviewOpinion, "信访事项复查意见书", "查", true,
            "你（们）对“{事项标题}”（事项编号{事项编号}）的答复意见不服，于{复查申请日期}请求复查。经复查，意见如下：\n{复查意见}\n"
            + "如对本复查意见不服，可以自收到本复查意见书之日起30日内，向{复核机关}请求复核。",
            [.. Common, "复查申请日期", "复查意见", "复核机关"]),
        new(NoticeKind.ReReviewOpinion, "信访事项复核意见书", "核", true,
            "你（们）对“{事项标题}”（事项编号{事项编号}）的复查意见不服，于{复核申请日期}请求复核。经复核，意见如下：\n{复核意见}\n"
            + "根据《信访工作条例》第三十五条的规定，本复核意见为最终意见；你（们）仍以同一事实和理由提出投诉请求的，不再受理。",
            [.. Common, "复核申请日期", "复核意见"]),
        new(NoticeKind.AssignmentSheet, "信访事项交办单", "交", false,
            "现将{信访人}反映的“{事项标题}”（事项编号{事项编号}，{收到日期}收到）交由你单位办理。\n主要诉求：{事项内容摘要}\n"
            + "请自收到之日起15日内决定是否受理并书面告知信访人；受理后60日内办结，并将办理结果报告本局。",
            [.. Common]),
        new(NoticeKind.SupervisionSheet, "信访事项督办单", "督", false,
            "“{事项标题}”（事项编号{事项编号}）由你单位办理。现就以下事项进行督办：\n{督办事项}\n请于{督办回复期限}前将办理情况书面报告本局。",
            [.. Common, "督办事项", "督办回复期限"]),
    ];

    public static Entry Of(NoticeKind kind) => All.First(e => e.Kind == kind);

    /// <summary>仁信受〔2026〕12号</summary>
    public static string Number(string prefix, NoticeKind kind, int year, int serial) => $"{prefix}{Of(kind).NumberWord}〔{year}〕{serial}号";
}
