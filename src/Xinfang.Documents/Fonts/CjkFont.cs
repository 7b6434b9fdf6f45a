namespace Xinfang.Documents.Fonts;

/// <summary>The single-face CJK TrueType font used for charts and PDFs. PDFsharp cannot read .ttc collections, so a
/// plain .ttf is required: Debian's fonts-droid-fallback (DroidSansFallbackFull.ttf) by default, or the file named
/// by XINFANG_CJK_FONT.</summary>
public static class CjkFont
{
    public const string FamilyName = "XinfangCJK";
    public const string EnvironmentVariable = "XINFANG_CJK_FONT";

    public static readonly IReadOnlyList<string> Candidates =
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf",
    ];

    private static readonly Lazy<string> ResolvedPath = new(Find);
    private static readonly Lazy<byte[]> Data = new(() => File.ReadAllBytes(Path));

    public static string Path => ResolvedPath.Value;

    public static byte[] Bytes => Data.Value;

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"环境变量{EnvironmentVariable}指定的字体文件不存在：{configured}");
        }
        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("找不到中文字体文件：请安装 Debian 软件包 fonts-droid-fallback，或用环境变量 XINFANG_CJK_FONT 指定一个单字体 .ttf 文件。");
    }
}
