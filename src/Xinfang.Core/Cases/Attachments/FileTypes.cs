namespace Xinfang.Core.Cases.Attachments;

/// <summary>The kinds of document a case may carry: scanned letters and photos, Word/Excel documents, hotline
/// recordings and plain text. The kind is always detected from the bytes (<see cref="FileTypeDetector"/>).</summary>
public enum FileKind
{
    Pdf,
    Jpeg,
    Png,
    Docx,
    Xlsx,
    Doc,
    Xls,
    Mp3,
    Wav,
    M4a,
    Text,
}

/// <summary>One kind with its configuration key (<c>pdf</c>, <c>docx</c> …), media type, usual extensions and Chinese name.</summary>
public sealed record FileType(FileKind Kind, string Key, string MediaType, IReadOnlyList<string> Extensions, string ChineseName)
{
    public static readonly IReadOnlyList<FileType> All =
    [
        new(FileKind.Pdf, "pdf", "application/pdf", [".pdf"], "PDF 文档"),
        new(FileKind.Jpeg, "jpeg", "image/jpeg", [".jpg", ".jpeg"], "JPEG 图片"),
        new(FileKind.Png, "png", "image/png", [".png"], "PNG 图片"),
        new(FileKind.Docx, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], "Word 文档（.docx）"),
        new(FileKind.Xlsx, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], "Excel 表格（.xlsx）"),
        new(FileKind.Doc, "doc", "application/msword", [".doc"], "Word 97-2003 文档（.doc）"),
        new(FileKind.Xls, "xls", "application/vnd.ms-excel", [".xls"], "Excel 97-2003 表格（.xls）"),
        new(FileKind.Mp3, "mp3", "audio/mpeg", [".mp3"], "MP3 录音"),
        new(FileKind.Wav, "wav", "audio/wav", [".wav"], "WAV 录音"),
        new(FileKind.M4a, "m4a", "audio/mp4", [".m4a"], "M4A 录音"),
        new(FileKind.Text, "txt", "text/plain", [".txt"], "纯文本（.txt）"),
    ];

    public static FileType Of(FileKind kind) => All.Single(t => t.Kind == kind);

    public static FileType? ByKey(string key) => All.FirstOrDefault(t => string.Equals(t.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>What the bytes are, as far as the checks tell; the media type of a text file carries its encoding.</summary>
public sealed record DetectedType(FileType Type, string MediaType);
