using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Attachments;

/// <summary>A file as the client sent it: its name, the size it announced and the bytes read (at most one byte
/// past the limit, so that an oversized file is never read whole).</summary>
public sealed record AttachmentUpload(string? FileName, long Size, byte[] Content)
{
    /// <summary>Reads an upload, stopping one byte past <paramref name="maxBytes"/>; a file announced as larger
    /// is not opened at all.</summary>
    public static async Task<AttachmentUpload> ReadAsync(string? fileName, long size, Func<Stream> open, long maxBytes, CancellationToken ct = default)
    {
        if (size > maxBytes)
        {
            return new AttachmentUpload(fileName, size, []);
        }

        await using var stream = open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                break;
            }
        }

        return new AttachmentUpload(fileName, Math.Max(size, buffer.Length), buffer.ToArray());
    }
}

/// <summary>A file that passed the checks: a safe name, the detected type, the bytes and their SHA-256.</summary>
public sealed record AttachmentFile(string FileName, DetectedType Type, byte[] Content, string Sha256);

/// <summary>The checks every attached file passes, wherever it comes from (the API, the intake form, an action
/// form): not empty, within the size limit, of an allowed type detected from its bytes, at most so many per step.
/// Each error names the file and the reason, under the field <c>attachments[i]</c>.</summary>
public static class AttachmentRules
{
    public const string Field = "attachments";
    private const int MaxNameLength = 120;

    /// <summary>The staff who add documents to the cases they see: everyone who works cases (not finance or administrators).</summary>
    public static readonly IReadOnlySet<string> AttachRoles = new HashSet<string>
    {
        Roles.Registrar, Roles.Dispatcher, Roles.Handler, Roles.UnitHead, Roles.Supervisor, Roles.Leader,
    };

    public static Error? RoleError(Actor actor) => actor.IsInAny(AttachRoles) ? null
        : Error.Forbidden("attachment.role_not_allowed", "您的角色不能为信访事项添加附件。");

    public static (IReadOnlyList<AttachmentFile> Files, IReadOnlyList<Error> Errors) Check(IReadOnlyList<AttachmentUpload> uploads, AttachmentSettings settings, int alreadyOnStep = 0)
    {
        var errors = new List<Error>();
        if (uploads.Count + alreadyOnStep > settings.MaxFilesPerAction)
        {
            errors.Add(TooMany(settings.MaxFilesPerAction, uploads.Count, alreadyOnStep));
        }

        var files = new List<AttachmentFile>();
        for (var i = 0; i < uploads.Count; i++)
        {
            var (file, error) = Check(uploads[i], settings, $"{Field}[{i}]");
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                files.Add(file!);
            }
        }

        return errors.Count > 0 ? ([], errors) : (files, []);
    }

    public static (AttachmentFile? File, Error? Error) Check(AttachmentUpload upload, AttachmentSettings settings, string field)
    {
        var name = SanitiseFileName(upload.FileName);
        if (upload.Size > settings.MaxFileBytes || upload.Content.Length > settings.MaxFileBytes)
        {
            return (null, TooLarge(field, name, Math.Max(upload.Size, upload.Content.Length), settings));
        }

        if (upload.Content.Length == 0)
        {
            return (null, Error.Validation(field, "attachment.empty", $"“{name}”文件为空，未上传。"));
        }

        var detected = FileTypeDetector.Detect(upload.Content);
        if (detected is null || !settings.Allowed.Contains(detected.Type))
        {
            var what = detected is null ? "无法识别为允许的文件格式" : $"识别为{detected.Type.ChineseName}，本系统未允许该类型";
            return (null, Error.Validation(field, "attachment.type_not_allowed",
                $"“{name}”类型不允许：{what}。可上传：{settings.AllowedNames}。"));
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        return (new AttachmentFile(WithExtension(name, detected.Type), detected, upload.Content, sha), null);
    }

    /// <summary>A size check alone, for a form that has not read the file yet.</summary>
    public static Error? CheckSize(string? fileName, long size, AttachmentSettings settings, string field) =>
        size > settings.MaxFileBytes ? TooLarge(field, SanitiseFileName(fileName), size, settings)
        : size == 0 ? Error.Validation(field, "attachment.empty", $"“{SanitiseFileName(fileName)}”文件为空，未上传。")
        : null;

    public static Error TooMany(int max, int count, int alreadyOnStep = 0) => Error.Validation(Field, "attachment.too_many",
        alreadyOnStep > 0
            ? $"每个办理环节最多{max}个附件：该环节已有{alreadyOnStep}个，本次又选择了{count}个。"
            : $"每次最多上传{max}个附件，本次选择了{count}个。");

    private static Error TooLarge(string field, string name, long size, AttachmentSettings settings) => Error.Validation(field, "attachment.too_large",
        $"“{name}”超过大小上限：{Megabytes(size)}，单个文件不得超过{settings.MaxFileMegabytes} MB。");

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    /// <summary>The last segment of the client's path, without control or reserved characters, not starting with
    /// a dot, at most 120 characters (the extension kept); "附件" when nothing is left.</summary>
    public static string SanitiseFileName(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var builder = new StringBuilder(last.Length);
        foreach (var rune in last.EnumerateRunes())
        {
            // Unpaired surrogates come out as U+FFFD; characters beyond the BMP (rare characters in names) stay.
            if (Rune.IsControl(rune) || rune == Rune.ReplacementChar || rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*'
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            builder.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        var name = builder.ToString().Normalize(NormalizationForm.FormC).Trim().Trim('.').Trim();
        if (name.Length == 0)
        {
            return "附件";
        }

        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length is > 1 and <= 10 ? extension : "";
            var cut = MaxNameLength - extension.Length;
            cut -= char.IsHighSurrogate(name[cut - 1]) ? 1 : 0;
            name = name[..cut].TrimEnd() + extension;
        }

        return name;
    }

    /// <summary>Keeps the name when its extension fits the detected type, else appends the type's own
    /// (a PDF sent as "信访件.tmp" is stored as "信访件.tmp.pdf"), so a download opens with the right program.</summary>
    public static string WithExtension(string name, FileType type) =>
        type.Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) ? name : name + type.Extensions[0];
}
