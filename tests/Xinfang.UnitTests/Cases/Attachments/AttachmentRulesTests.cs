using Microsoft.Extensions.Configuration;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Tests;

namespace Xinfang.UnitTests.Cases.Attachments;

public sealed class AttachmentRulesTests
{
    private static readonly AttachmentSettings Defaults = new();

    private static AttachmentUpload Upload(string name, byte[] content) => new(name, content.Length, content);

    [Fact]
    public void Check_AnAllowedFile_PassesWithItsHashAndDetectedType()
    {
        var pdf = SampleFiles.Pdf();
        var (files, errors) = AttachmentRules.Check([Upload("答复意见书.pdf", pdf)], Defaults);

        Assert.Empty(errors);
        var file = Assert.Single(files);
        Assert.Equal("答复意见书.pdf", file.FileName);
        Assert.Equal("application/pdf", file.Type.MediaType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), file.Sha256);
    }

    [Fact]
    public void Check_WhenEmpty_RejectsNamingTheFile()
    {
        var (_, errors) = AttachmentRules.Check([Upload("空白.pdf", [])], Defaults);

        var error = Assert.Single(errors);
        Assert.Equal(("attachments[0]", "attachment.empty"), (error.Field, error.Code));
        Assert.Contains("“空白.pdf”文件为空", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenOverTheSizeLimit_RejectsWithoutNeedingTheBytes()
    {
        var settings = new AttachmentSettings { MaxFileMegabytes = 1 };
        var announced = new AttachmentUpload("录音.mp3", (1024 * 1024) + 1, []);
        var read = Upload("扫描件.pdf", [.. SampleFiles.Pdf(), .. new byte[1024 * 1024]]);

        var (_, errors) = AttachmentRules.Check([announced, read], settings);

        Assert.Equal(["attachment.too_large", "attachment.too_large"], errors.Select(e => e.Code));
        Assert.Equal(["attachments[0]", "attachments[1]"], errors.Select(e => e.Field));
        Assert.Contains("“录音.mp3”超过大小上限", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("不得超过1 MB", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExactlyAtTheSizeLimit_Passes()
    {
        var settings = new AttachmentSettings { MaxFileMegabytes = 1 };
        var text = new byte[1024 * 1024];
        Array.Fill(text, (byte)'a');
        Assert.Empty(AttachmentRules.Check([Upload("记录.txt", text)], settings).Errors);
    }

    [Fact]
    public void Check_WhenTheBytesAreNoAllowedType_RejectsWhateverTheNameSays()
    {
        var (_, errors) = AttachmentRules.Check([Upload("答复意见书.pdf", SampleFiles.Exe())], Defaults);

        var error = Assert.Single(errors);
        Assert.Equal("attachment.type_not_allowed", error.Code);
        Assert.StartsWith("“答复意见书.pdf”类型不允许", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenTheTypeIsKnownButNotConfigured_SaysWhatItIs()
    {
        var onlyPdf = new AttachmentSettings { AllowedTypes = ["pdf"] };

        var (_, errors) = AttachmentRules.Check([Upload("现场.png", SampleFiles.Png())], onlyPdf);

        var error = Assert.Single(errors);
        Assert.Equal("attachment.type_not_allowed", error.Code);
        Assert.Contains("识别为PNG 图片", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("可上传：PDF。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenOneFileIsBad_NoFilePasses()
    {
        var (files, errors) = AttachmentRules.Check([Upload("a.pdf", SampleFiles.Pdf()), Upload("b.exe", SampleFiles.Exe())], Defaults);

        Assert.Empty(files);
        Assert.Equal("attachments[1]", Assert.Single(errors).Field);
    }

    [Fact]
    public void Check_MoreFilesThanAStepMayCarry_IsRefused()
    {
        var settings = new AttachmentSettings { MaxFilesPerAction = 2 };
        var three = Enumerable.Range(0, 3).Select(i => Upload($"{i}.pdf", SampleFiles.Pdf())).ToList();

        var (files, errors) = AttachmentRules.Check(three, settings);
        var (_, onAFullStep) = AttachmentRules.Check(three[..1], settings, alreadyOnStep: 2);

        Assert.Empty(files);
        Assert.Equal(("attachments", "attachment.too_many"), (errors.Single().Field, errors.Single().Code));
        Assert.Equal("attachment.too_many", onAFullStep.Single().Code);
    }

    [Theory]
    [InlineData("信访件.exe", "信访件.exe.pdf")]
    [InlineData("scan", "scan.pdf")]
    [InlineData("答复.PDF", "答复.PDF")]
    public void Check_WhenTheExtensionDoesNotFitTheType_AppendsTheTypesOwn(string name, string stored)
    {
        Assert.Equal(stored, AttachmentRules.Check([Upload(name, SampleFiles.Pdf())], Defaults).Files.Single().FileName);
    }

    [Theory]
    [InlineData(@"C:\Users\张三\Desktop\来信.pdf", "来信.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..", "附件")]
    [InlineData("   ", "附件")]
    [InlineData(null, "附件")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf")]
    [InlineData("line\r\nbreak\t.pdf", "linebreak.pdf")]
    [InlineData("\u202Efdp.exe", "fdp.exe")]
    [InlineData(".hidden", "hidden")]
    [InlineData("𠀀家来信.pdf", "𠀀家来信.pdf")]
    public void SanitiseFileName_KeepsTheLastSegmentWithoutUnsafeCharacters(string? name, string expected)
    {
        Assert.Equal(expected, AttachmentRules.SanitiseFileName(name));
    }

    [Fact]
    public void SanitiseFileName_ALongName_IsCutKeepingTheExtension()
    {
        var name = AttachmentRules.SanitiseFileName(new string('信', 300) + ".docx");
        Assert.Equal(120, name.Length);
        Assert.EndsWith("信.docx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_WithAnUnknownType_FailAtStartUp()
    {
        Assert.Throws<InvalidOperationException>(() => new AttachmentSettings { AllowedTypes = ["pdf", "exe"] }.Validated());
        Assert.Throws<InvalidOperationException>(() => new AttachmentSettings { MaxFileMegabytes = 0 }.Validated());
        Assert.Equal(FileType.All.Count, new AttachmentSettings().Validated().Allowed.Count);
    }

    [Fact]
    public void Settings_BoundFromConfiguration_ReplaceTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attachments:MaxFileMegabytes"] = "5",
            ["Attachments:MaxFilesPerAction"] = "3",
            ["Attachments:AllowedTypes:0"] = "pdf",
            ["Attachments:AllowedTypes:1"] = "MP3",
        }).Build();

        var settings = configuration.GetSection("Attachments").Get<AttachmentSettings>()!.Validated();

        Assert.Equal((5L * 1024 * 1024, 3), (settings.MaxFileBytes, settings.MaxFilesPerAction));
        Assert.Equal([FileKind.Pdf, FileKind.Mp3], settings.Allowed.Select(t => t.Kind));
        Assert.Equal(".pdf,.mp3", settings.AcceptAttribute);
    }

    [Fact]
    public async Task ReadAsync_AFileAnnouncedAsTooLarge_IsNotOpened()
    {
        var upload = await AttachmentUpload.ReadAsync("big.wav", 200, () => throw new InvalidOperationException("opened"), maxBytes: 100);
        Assert.Equal((200L, 0), (upload.Size, upload.Content.Length));
    }

    [Fact]
    public async Task ReadAsync_AStreamLongerThanAnnounced_StopsJustPastTheLimit()
    {
        var upload = await AttachmentUpload.ReadAsync("lie.txt", 10, () => new MemoryStream(new byte[1_000_000]), maxBytes: 100);
        Assert.True(upload.Content.Length is > 100 and < 1_000_000);
        Assert.True(upload.Size > 100, "the size is what was read, not what was announced");
    }
}
