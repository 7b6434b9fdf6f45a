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

    private const string BoldFace = CjkFont.FamilyName + "-Bold";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : CjkFont.FamilyName);

    public byte[] GetFont(string faceName) => CjkFont.Bytes(faceName == BoldFace);
}
