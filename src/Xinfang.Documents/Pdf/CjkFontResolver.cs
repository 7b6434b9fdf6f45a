using PdfSharp.Fonts;
using Xinfang.Documents.Fonts;

namespace Xinfang.Documents.Pdf;

/// <summary>Resolves every family to the single CJK TrueType face (bold is simulated by PDFsharp).</summary>
internal sealed class CjkFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }
            GlobalFontSettings.FontResolver = new CjkFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(CjkFont.FamilyName, bold, italic);

    public byte[] GetFont(string faceName) => CjkFont.Bytes;
}
