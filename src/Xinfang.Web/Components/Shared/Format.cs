using Xinfang.Core.Common;

namespace Xinfang.Web.Components.Shared;

public static class Format
{
    /// <summary>An instant on the Chinese clock, as officials read it.</summary>
    public static string Time(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy-MM-dd HH:mm");

    public static string Percent(decimal? value) => value is { } v ? (v * 100).ToString("0.0") + "%" : "—";
}
