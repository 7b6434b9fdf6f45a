using Xinfang.Core.Common;

namespace Xinfang.Web.Components.Admin;

/// <summary>What an administration tab shows after an action: the field errors of the last save (next to the
/// fields) and a one-line notice. The rules themselves are in the use cases.</summary>
public sealed class AdminForm
{
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Notice { get; private set; }
    public bool NoticeIsError { get; private set; }

    /// <summary>An error that names no field (a rule, a refusal), shown above the form.</summary>
    public string? General => Errors.GetValueOrDefault("");

    public string Css(string field) => Errors.ContainsKey(field) ? "ant-input xf-invalid" : "ant-input";

    public void Clear()
    {
        Errors = new Dictionary<string, string>();
        Notice = null;
    }

    public void Done(string notice)
    {
        Errors = new Dictionary<string, string>();
        Notice = notice;
        NoticeIsError = false;
    }

    /// <summary>Field errors go next to their fields; the rest become the notice.</summary>
    public void Failed(Result result, bool inForm)
    {
        Errors = inForm
            ? result.Errors.GroupBy(e => e.Field ?? "").ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)))
            : new Dictionary<string, string>();
        Notice = inForm ? null : string.Join(" ", result.Errors.Select(e => e.Message));
        NoticeIsError = true;
    }
}
