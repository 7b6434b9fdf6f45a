using Xinfang.Core.Common;

namespace Xinfang.Core.Portal;

/// <summary>The portal's refusals, each in plain Chinese for a citizen.</summary>
public static class PortalRules
{
    /// <summary>The one answer to an unknown number and to a wrong query code, so that neither tells which numbers exist.</summary>
    public static Error NotFound() => Error.NotFound("portal.not_found", "未查询到该事项，请核对事项编号和查询码。");

    public static Error TooSoon(int seconds) => Error.TooMany("portal.code_too_soon", $"验证码已发送，请在{seconds}秒后再重新获取。");

    public static Error TooManyCodes() => Error.TooMany("portal.too_many_codes", "今日获取验证码次数已达上限，请明天再试，或拨打96097热线反映。");

    public static Error TooManySubmissions() => Error.TooMany("portal.too_many_submissions", "今日通过门户提交的事项已达上限，请明天再试，或拨打96097热线反映。");

    public static Error CodeWrong() => Error.Validation("code", "portal.code_wrong", "验证码不正确或已失效，请重新获取。");

    public static Error NotMobile() => Error.Validation("phone", "portal.phone_invalid", "请填写正确的11位手机号码，用于接收验证码和办理进度短信。");
}
