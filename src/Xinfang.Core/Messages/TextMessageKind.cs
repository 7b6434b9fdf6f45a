namespace Xinfang.Core.Messages;

/// <summary>The steps a petitioner is told of by text message (SPEC §1.10), each with a template the administrator
/// edits (<see cref="MessageTemplate"/>).</summary>
public enum TextMessageKind
{
    PhoneCode,    // 手机验证码（群众门户）
    Registered,   // 已登记（附查询码）
    Accepted,     // 已受理
    Refused,      // 不予受理
    Extended,     // 延期
    Replied,      // 已答复
    RateReminder, // 提醒评价
}
