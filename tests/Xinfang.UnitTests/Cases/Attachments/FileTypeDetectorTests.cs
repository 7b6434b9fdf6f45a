using System.Text;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Tests;
using static Xinfang.Tests.SampleFiles;

namespace Xinfang.UnitTests.Cases.Attachments;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<string, FileKind> EveryAllowedKind() => new()
    {
        { nameof(Pdf), FileKind.Pdf },
        { nameof(Jpeg), FileKind.Jpeg },
        { nameof(Png), FileKind.Png },
        { nameof(Docx), FileKind.Docx },
        { nameof(Xlsx), FileKind.Xlsx },
        { nameof(Doc), FileKind.Doc },
        { nameof(Xls), FileKind.Xls },
        { nameof(Mp3), FileKind.Mp3 },
        { nameof(Mp3Frame), FileKind.Mp3 },
        { nameof(Wav), FileKind.Wav },
        { nameof(M4a), FileKind.M4a },
        { nameof(Text), FileKind.Text },
    };

    private static byte[] Sample(string name) => name switch
    {
        nameof(Pdf) => Pdf(),
        nameof(Jpeg) => Jpeg(),
        nameof(Png) => Png(),
        nameof(Docx) => Docx(),
        nameof(Xlsx) => Xlsx(),
        nameof(Doc) => Doc(),
        nameof(Xls) => Xls(),
        nameof(Mp3) => Mp3(),
        nameof(Mp3Frame) => Mp3Frame(),
        nameof(Wav) => Wav(),
        nameof(M4a) => M4a(),
        nameof(Text) => Text(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(EveryAllowedKind))]
    public void Detect_RecognisesEachKindFromItsBytes(string sample, FileKind expected)
    {
        Assert.Equal(expected, FileTypeDetector.Detect(Sample(sample))?.Type.Kind);
    }

    [Fact]
    public void Detect_MacroEnabledWordPackage_IsNotADocx()
    {
        Assert.Null(FileTypeDetector.Detect(Docm()));
    }

    [Fact]
    public void Detect_ZipThatIsNoOfficeDocument_IsUnknown()
    {
        Assert.Null(FileTypeDetector.Detect(SampleFiles.Zip(("readme.txt", "hello"), ("word/document.xml", "<x/>"))));
    }

    [Fact]
    public void Detect_ContentTypesNamingAMissingPart_IsUnknown()
    {
        var package = SampleFiles.Zip(("[Content_Types].xml",
            $"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="{WordMain}"/></Types>"""));
        Assert.Null(FileTypeDetector.Detect(package));
    }

    [Fact]
    public void Detect_ContentTypesWithADtd_IsUnknownAndNotExpanded()
    {
        var package = SampleFiles.Zip(("[Content_Types].xml", """<!DOCTYPE t [<!ENTITY a "aaaa">]><Types>&a;</Types>"""), ("word/document.xml", "<x/>"));
        Assert.Null(FileTypeDetector.Detect(package));
    }

    [Fact]
    public void Detect_TruncatedOrCorruptZip_IsUnknown()
    {
        var docx = Docx();
        Assert.Null(FileTypeDetector.Detect(docx[..(docx.Length / 2)]));
    }

    [Fact]
    public void Detect_WordDocumentWithAnEmbeddedWorkbook_IsADoc()
    {
        var doc = CompoundFile(new Entry("WordDocument"), new Entry("ObjectPool", new Entry("_1234", new Entry("Workbook"))));
        Assert.Equal(FileKind.Doc, FileTypeDetector.Detect(doc)?.Type.Kind);
    }

    [Fact]
    public void Detect_CompoundFileWithAWorkbookOnlyInsideAStorage_IsUnknown()
    {
        Assert.Null(FileTypeDetector.Detect(CompoundFile(new Entry("Embedded", new Entry("Workbook")))));
    }

    [Fact]
    public void Detect_CompoundFileOfAnotherProgram_IsUnknown()
    {
        // An encrypted Office file or a PowerPoint 97 file: OLE, but neither Word nor Excel.
        Assert.Null(FileTypeDetector.Detect(CompoundFile(new Entry("EncryptedPackage"), new Entry("EncryptionInfo"))));
        Assert.Null(FileTypeDetector.Detect(CompoundFile(new Entry("PowerPoint Document"))));
    }

    [Fact]
    public void Detect_CompoundFileWithManyEntries_FollowsTheDirectoryChain()
    {
        var many = Enumerable.Range(0, 20).Select(i => new Entry($"Stream{i}")).Append(new Entry("Workbook")).ToArray();
        Assert.Equal(FileKind.Xls, FileTypeDetector.Detect(CompoundFile(many))?.Type.Kind);
    }

    [Fact]
    public void Detect_OleSignatureWithGarbage_IsUnknown()
    {
        var bytes = new byte[2048];
        Doc().AsSpan(0, 8).CopyTo(bytes);
        new Random(7).NextBytes(bytes.AsSpan(8));
        Assert.Null(FileTypeDetector.Detect(bytes));
        Assert.Null(FileTypeDetector.Detect(Doc()[..600]));
    }

    [Fact]
    public void Detect_Mp4Video_IsNotAnAudioRecording()
    {
        Assert.Null(FileTypeDetector.Detect(Mp4Video()));
    }

    [Fact]
    public void Detect_ExecutableOrRandomBinary_IsUnknown()
    {
        var random = new byte[4096];
        new Random(42).NextBytes(random);
        Assert.Null(FileTypeDetector.Detect(Exe()));
        Assert.Null(FileTypeDetector.Detect(random));
        Assert.Null(FileTypeDetector.Detect([]));
    }

    [Fact]
    public void Detect_TextInEachChineseEncoding_IsTextWithItsCharset()
    {
        const string letter = "信访人反映：安置房至今未分配。\n请求尽快落实。";
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

        Assert.Equal("text/plain; charset=utf-8", FileTypeDetector.Detect(Encoding.UTF8.GetBytes(letter))?.MediaType);
        Assert.Equal("text/plain; charset=utf-8", FileTypeDetector.Detect([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(letter)])?.MediaType);
        Assert.Equal("text/plain; charset=gb18030", FileTypeDetector.Detect(gb18030.GetBytes(letter))?.MediaType);
        Assert.Equal("text/plain; charset=utf-16", FileTypeDetector.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(letter)])?.MediaType);
    }

    [Fact]
    public void Detect_TextWithControlCharacters_IsUnknown()
    {
        Assert.Null(FileTypeDetector.Detect(Encoding.UTF8.GetBytes("abc\0def")));
        Assert.Null(FileTypeDetector.Detect(Encoding.UTF8.GetBytes("abc\u0007def")));
    }
}
