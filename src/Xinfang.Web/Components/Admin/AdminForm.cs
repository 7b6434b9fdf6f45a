using Xinfang.Core.Common;

namespace Xinfang.Web.Components.Admin;

/// <summary>What an administration tab shows after an action: the field errors of the last save (next to the
/// fields) and a one-line notice. The rules themselves are in the use cases.</summary>
public sealed class AdminForm
{
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Notice { get; private set; }
    public bool NoticeIsError { get; private set; }

    /// <summary>True while an action runs; the tab's buttons are disabled meanwhile.</summary>
    public bool Busy { get; private set; }

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

    /// <summary>The rows a query returned; when it failed, its errors become the notice and <paramref name="shown"/> stays.</summary>
    public List<T> Listed<T>(Result<IReadOnlyList<T>> result, List<T> shown)
    {
        if (!result.IsSuccess)
        {
            Failed(result, inForm: false);
            return shown;
        }

        return [.. result.Value];
    }

    /// <summary>An action on a row (停用, 锁定…): its errors become the notice.</summary>
    public Task RunAsync<T>(Func<Task<Result<T>>> action, Func<T, string> notice, Func<Task> reload) =>
        RunAsync(action, notice, reload, close: null);

    /// <summary>The editor's save: its field errors go next to the fields and the editor stays open; a success closes it.</summary>
    public Task SaveAsync<T>(Func<Task<Result<T>>> save, Func<T, string> notice, Func<Task> reload, Action close) =>
        RunAsync(save, notice, reload, close);

    /// <summary>One action at a time, busy until the tab has reloaded what it changed.</summary>
    private async Task RunAsync<T>(Func<Task<Result<T>>> action, Func<T, string> notice, Func<Task> reload, Action? close)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            var result = await action();
            if (!result.IsSuccess)
            {
                Failed(result, inForm: close is not null);
                return;
            }

            close?.Invoke();
            Done(notice(result.Value));
            await reload();
        }
        finally
        {
            Busy = false;
        }
    }
}
