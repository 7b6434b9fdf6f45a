using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Xinfang.Tests;

/// <summary>Small but well-formed files of every kind a case may carry, built in code (linked into the unit,
/// integration and end-to-end tests): a one-page PDF with a correct cross-reference table, Office Open XML packages
/// named by their [Content_Types].xml, OLE compound files with a real FAT and directory, audio headers, text.</summary>
internal static class SampleFiles
{
    public const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string SheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WordMacroMain = "application/vnd.ms-word.document.macroEnabled.main+xml";

    /// <summary>A one-page PDF whose page shows <paramref name="text"/> (ASCII).</summary>
    public static byte[] Pdf(string text = "Xinfang reply")
    {
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Docx(string text = "答复意见书") => OfficePackage(WordMain, "word/document.xml",
        $"""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");

    public static byte[] Docm() => OfficePackage(WordMacroMain, "word/document.xml",
        """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>""");

    public static byte[] Xlsx() => OfficePackage(SheetMain, "xl/workbook.xml",
        """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");

    /// <summary>An Office Open XML package: [Content_Types].xml naming the main part, the relationships, the part.</summary>
    public static byte[] OfficePackage(string mainContentType, string mainPart, string mainXml)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/{mainPart}" ContentType="{mainContentType}"/>
                </Types>
                """);
            Add(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/>
                </Relationships>
                """);
            Add(zip, mainPart, mainXml);
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                Add(zip, name, text);
            }
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>A Word 97-2003 document: an OLE compound file whose root holds a WordDocument stream.</summary>
    public static byte[] Doc() => CompoundFile(new Entry("WordDocument"), new Entry("1Table"));

    /// <summary>An Excel 97-2003 workbook: an OLE compound file whose root holds a Workbook stream.</summary>
    public static byte[] Xls() => CompoundFile(new Entry("Workbook"));

    public sealed record Entry(string Name, params Entry[] Children)
    {
        public bool IsStorage => Children.Length > 0;
    }

    /// <summary>An OLE compound file ([MS-CFB], version 3, 512-byte sectors): sector 0 holds the FAT, the
    /// directory follows in as many sectors as it needs, chained in the FAT. Entries under one storage are linked
    /// as a chain of right siblings (a degenerate but valid red-black tree). Stream contents are not written.</summary>
    public static byte[] CompoundFile(params Entry[] rootChildren)
    {
        const uint Free = 0xFFFFFFFF;
        const uint EndOfChain = 0xFFFFFFFE;
        const uint FatSector = 0xFFFFFFFD;
        var flat = new List<(Entry Entry, uint Right, uint Child)>();
        uint AddSiblings(IReadOnlyList<Entry> entries)
        {
            var ids = entries.Select(_ => { flat.Add(default); return (uint)(flat.Count - 1); }).ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                var child = entries[i].IsStorage ? AddSiblings(entries[i].Children) : Free;
                flat[(int)ids[i]] = (entries[i], i + 1 < ids.Count ? ids[i + 1] : Free, child);
            }

            return ids.Count > 0 ? ids[0] : Free;
        }

        flat.Add(default);
        var rootChild = AddSiblings(rootChildren);
        flat[0] = (new Entry("Root Entry"), Free, rootChild);

        var directorySectors = (flat.Count + 3) / 4;
        var file = new byte[512 * (2 + directorySectors)];
        var span = file.AsSpan();
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(span[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(span[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(0x4C + (4 * i))..], i == 0 ? 0 : Free);
        }

        // Sector 0: the FAT. Sector 0 is itself a FAT sector; sectors 1..n chain the directory.
        var fat = span.Slice(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        for (var s = 1; s <= directorySectors; s++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * s)..], s == directorySectors ? EndOfChain : (uint)(s + 1));
        }

        var directory = span.Slice(1024, 512 * directorySectors);
        for (var i = 0; i < directorySectors * 4; i++)
        {
            var at = directory.Slice(i * 128, 128);
            BinaryPrimitives.WriteUInt32LittleEndian(at[68..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(at[72..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(at[76..], Free);
            if (i >= flat.Count)
            {
                continue;
            }

            var (entry, right, child) = flat[i];
            var name = Encoding.Unicode.GetBytes(entry.Name);
            name.CopyTo(at);
            BinaryPrimitives.WriteUInt16LittleEndian(at[64..], (ushort)(name.Length + 2));
            at[66] = i == 0 ? (byte)5 : entry.IsStorage ? (byte)1 : (byte)2;
            at[67] = 1; // black
            BinaryPrimitives.WriteUInt32LittleEndian(at[72..], right);
            BinaryPrimitives.WriteUInt32LittleEndian(at[76..], child);
            BinaryPrimitives.WriteUInt32LittleEndian(at[116..], EndOfChain);
        }

        return file;
    }

    /// <summary>An ID3v2.3 tag followed by an MPEG-1 layer III frame header.</summary>
    public static byte[] Mp3() => [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 0, 0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0];

    /// <summary>A bare MPEG-1 layer III frame (no tag), as many hotline recorders write.</summary>
    public static byte[] Mp3Frame() => [0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>A WAV header of 8 kHz 16-bit mono (a telephone recording) with no samples.</summary>
    public static byte[] Wav()
    {
        var wav = new byte[44];
        var s = wav.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 36);
        "WAVEfmt "u8.CopyTo(s[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(s[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(s[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[24..], 8000);
        BinaryPrimitives.WriteUInt32LittleEndian(s[28..], 16000);
        BinaryPrimitives.WriteUInt16LittleEndian(s[32..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(s[34..], 16);
        "data"u8.CopyTo(s[36..]);
        return wav;
    }

    public static byte[] M4a() => FileTypeBox("M4A ", "M4A ", "mp42", "isom");

    public static byte[] Mp4Video() => FileTypeBox("isom", "isom", "iso2", "avc1", "mp41");

    private static byte[] FileTypeBox(string major, params string[] compatible)
    {
        var box = new byte[16 + (4 * compatible.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        "ftyp"u8.CopyTo(box.AsSpan(4));
        Encoding.ASCII.GetBytes(major).CopyTo(box, 8);
        for (var i = 0; i < compatible.Length; i++)
        {
            Encoding.ASCII.GetBytes(compatible[i]).CopyTo(box, 16 + (4 * i));
        }

        return box;
    }

    public static byte[] Text(string text = "来电记录：群众反映小区电梯故障。\r\n") => Encoding.UTF8.GetBytes(text);

    /// <summary>The start of a Windows executable: "MZ" and binary that is no document.</summary>
    public static byte[] Exe() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];
}
