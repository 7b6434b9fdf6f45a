namespace Xinfang.Documents.Fonts;

/// <summary>The CJK TrueType fonts used for charts and PDFs. PDFsharp cannot read .ttc collections and the font must
/// carry Latin letters and digits as well as Chinese (DroidSansFallback does not), so the default is Debian's
/// fonts-lxgw-wenkai (LXGW WenKai, single-face .ttf with regular and bold). XINFANG_CJK_FONT (and optionally
/// XINFANG_CJK_FONT_BOLD) name other single-face .ttf files.</summary>
public static class CjkFont
{
    public const string FamilyName = "XinfangCJK";
    public const string EnvironmentVariable = "XINFANG_CJK_FONT";
    public const string BoldEnvironmentVariable = "XINFANG_CJK_FONT_BOLD";
    public const string Directory = "/usr/share/fonts/truetype/lxgw-wenkai";

    private static readonly Lazy<string> ResolvedPath = new(() => Find(EnvironmentVariable, $"{Directory}/LXGWWenKai-Regular.ttf"));
    private static readonly Lazy<string> ResolvedBoldPath = new(() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } && Environment.GetEnvironmentVariable(BoldEnvironmentVariable) is not { Length: > 0 }
            ? Path
            : Find(BoldEnvironmentVariable, File.Exists($"{Directory}/LXGWWenKai-Bold.ttf") ? $"{Directory}/LXGWWenKai-Bold.ttf" : Path));
    private static readonly Lazy<byte[]> RegularData = new(() => File.ReadAllBytes(Path));
    private static readonly Lazy<byte[]> BoldData = new(() => BoldPath == Path ? RegularData.Value : File.ReadAllBytes(BoldPath));

    public static string Path => ResolvedPath.Value;
    public static string BoldPath => ResolvedBoldPath.Value;

    public static byte[] Bytes(bool bold) => bold ? BoldData.Value : RegularData.Value;

    private static string Find(string variable, string fallback)
    {
        var configured = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"环境变量{variable}指定的字体文件不存在：{configured}");
        }
        return File.Exists(fallback)
            ? fallback
            : throw new FileNotFoundException("找不到中文字体文件：请安装 Debian 软件包 fonts-lxgw-wenkai，或用环境变量 XINFANG_CJK_FONT 指定一个同时含汉字和拉丁字母的单字体 .ttf 文件。");
    }
}
