using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Xinfang.Core.Cases.Attachments;

/// <summary>
/// Tells what a file is from its bytes, never from the name or the type the client claims: the magic numbers of
/// PDF, JPEG, PNG, WAV, M4A and MP3; the main part named in an Office Open XML package's [Content_Types].xml
/// (so a macro-enabled .docm or .xlsm is not taken for a .docx or .xlsx); the root streams of an OLE compound
/// file (WordDocument for .doc, Workbook/Book for .xls); and for text, a strict decode as UTF-8, UTF-16 (with a
/// byte-order mark) or GB18030 with no control characters. Anything else is unknown (null).
/// </summary>
public static class FileTypeDetector
{
    private const int MaxContentTypesChars = 1 << 20;
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string SheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    public static DetectedType? Detect(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.IsEmpty)
        {
            return null;
        }

        FileKind? kind =
            span.StartsWith("%PDF-"u8) ? FileKind.Pdf
            : span.StartsWith(Jpeg) ? FileKind.Jpeg
            : span.StartsWith(Png) ? FileKind.Png
            : span.StartsWith(Zip) ? OfficeOpenXml(bytes)
            : span.StartsWith(Ole) ? CompoundFile(span)
            : span.Length >= 12 && span.StartsWith("RIFF"u8) && span[8..12].SequenceEqual("WAVE"u8) ? FileKind.Wav
            : IsM4a(span) ? FileKind.M4a
            : IsMp3(span) ? FileKind.Mp3
            : null;
        if (kind is { } known)
        {
            var type = FileType.Of(known);
            return new DetectedType(type, type.MediaType);
        }

        return PlainText(bytes);
    }

    /// <summary>An MPEG-4 file whose brands say audio (M4A/M4B), not video.</summary>
    private static bool IsM4a(ReadOnlySpan<byte> b)
    {
        if (b.Length < 16 || !b[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxEnd = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(b), (uint)b.Length);
        static bool Audio(ReadOnlySpan<byte> brand) => brand.SequenceEqual("M4A "u8) || brand.SequenceEqual("M4B "u8);
        if (Audio(b[8..12]))
        {
            return true;
        }

        for (var i = 16; i + 4 <= boxEnd; i += 4)
        {
            if (Audio(b.Slice(i, 4)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An ID3v2 tag, or an MPEG audio layer III frame header at the start.</summary>
    private static bool IsMp3(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 10 && b.StartsWith("ID3"u8) && b[3] is 2 or 3 or 4 && b[6] < 0x80 && b[7] < 0x80 && b[8] < 0x80 && b[9] < 0x80)
        {
            return true;
        }

        if (b.Length < 4 || b[0] != 0xFF || (b[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (b[1] >> 3) & 0x3;
        var layer = (b[1] >> 1) & 0x3;
        var bitrate = b[2] >> 4;
        var sampleRate = (b[2] >> 2) & 0x3;
        return version != 1 && layer == 1 && bitrate is not (0 or 15) && sampleRate != 3;
    }

    private static FileKind? OfficeOpenXml(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null || contentTypes.Length > MaxContentTypesChars)
            {
                return null;
            }

            var parts = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            using var stream = contentTypes.Open();
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxContentTypesChars };
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Override")
                {
                    continue;
                }

                FileKind? kind = reader.GetAttribute("ContentType") switch
                {
                    WordMain => FileKind.Docx,
                    SheetMain => FileKind.Xlsx,
                    _ => null,
                };
                if (kind is not null && reader.GetAttribute("PartName") is { } part && parts.Contains(part.TrimStart('/')))
                {
                    return kind;
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Reads the directory of an OLE compound file ([MS-CFB]) and names the document by its root streams.</summary>
    private static FileKind? CompoundFile(ReadOnlySpan<byte> b)
    {
        const uint EndOfChain = 0xFFFFFFFE;
        const uint NoStream = 0xFFFFFFFF;
        const uint MaxRegularSector = 0xFFFFFFFA;
        if (b.Length < 512)
        {
            return null;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(b[0x1E..]);
        if (shift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << shift;
        var sectorCount = (b.Length / sectorSize) - 1;
        bool TryGetSector(uint sector, out int offset)
        {
            offset = sector < MaxRegularSector && sector < (uint)sectorCount ? (int)(sector + 1) * sectorSize : 0;
            return offset > 0;
        }

        // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var sector = BinaryPrimitives.ReadUInt32LittleEndian(b[(0x4C + (4 * i))..]);
            if (sector < MaxRegularSector)
            {
                fatSectors.Add(sector);
            }
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(b[0x44..]);
        for (var hops = 0; difat != EndOfChain && difat != NoStream && hops < sectorCount; hops++)
        {
            if (!TryGetSector(difat, out var offset))
            {
                return null;
            }

            var perSector = (sectorSize / 4) - 1;
            for (var i = 0; i < perSector; i++)
            {
                var sector = BinaryPrimitives.ReadUInt32LittleEndian(b[(offset + (4 * i))..]);
                if (sector < MaxRegularSector)
                {
                    fatSectors.Add(sector);
                }
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(b[(offset + (4 * perSector))..]);
        }

        var fat = new List<uint>();
        foreach (var sector in fatSectors)
        {
            if (!TryGetSector(sector, out var offset))
            {
                return null;
            }

            for (var i = 0; i < sectorSize / 4; i++)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(b[(offset + (4 * i))..]));
            }
        }

        // The directory: a chain of sectors of 128-byte entries (name, type, left/right sibling, child).
        var entries = new List<(string Name, byte Type, uint Left, uint Right, uint Child)>();
        var visited = new HashSet<uint>();
        for (var sector = BinaryPrimitives.ReadUInt32LittleEndian(b[0x30..]); sector != EndOfChain; sector = fat[(int)sector])
        {
            if (!visited.Add(sector) || !TryGetSector(sector, out var offset) || sector >= fat.Count)
            {
                return null;
            }

            for (var at = offset; at < offset + sectorSize; at += 128)
            {
                var nameBytes = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(b[(at + 64)..]), 2, 64) - 2;
                entries.Add((Encoding.Unicode.GetString(b.Slice(at, nameBytes)), b[at + 66],
                    BinaryPrimitives.ReadUInt32LittleEndian(b[(at + 68)..]), BinaryPrimitives.ReadUInt32LittleEndian(b[(at + 72)..]),
                    BinaryPrimitives.ReadUInt32LittleEndian(b[(at + 76)..])));
            }
        }

        if (entries.Count == 0 || entries[0].Type != 5)
        {
            return null;
        }

        // The root storage's children form a tree through the sibling links; embedded objects sit deeper and do not count.
        var rootStreams = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<uint>([entries[0].Child]);
        var seen = new HashSet<uint>();
        while (pending.TryPop(out var id))
        {
            if (id == NoStream || id >= entries.Count || !seen.Add(id))
            {
                continue;
            }

            var entry = entries[(int)id];
            if (entry.Type == 2)
            {
                rootStreams.Add(entry.Name);
            }

            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }

        return rootStreams.Contains("WordDocument") ? FileKind.Doc
            : rootStreams.Contains("Workbook") || rootStreams.Contains("Book") ? FileKind.Xls
            : null;
    }

    /// <summary>Text in a strict decode with no control characters other than tab, line and page breaks.</summary>
    private static DetectedType? PlainText(byte[] bytes)
    {
        var strictUtf8 = new UTF8Encoding(false, true);
        List<(string Charset, Encoding Encoding, int Skip)> candidates = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => [("utf-8", strictUtf8, 3)],
            [0xFF, 0xFE, ..] => [("utf-16", new UnicodeEncoding(false, false, true), 2)],
            [0xFE, 0xFF, ..] => [("utf-16", new UnicodeEncoding(true, false, true), 2)],
            _ => [("utf-8", strictUtf8, 0), ("gb18030", Gb18030(), 0)],
        };
        foreach (var (charset, encoding, skip) in candidates)
        {
            string text;
            try
            {
                text = encoding.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                return null;
            }

            var type = FileType.Of(FileKind.Text);
            return new DetectedType(type, $"{type.MediaType}; charset={charset}");
        }

        return null;
    }

    private static Encoding Gb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 is not available.");
}
