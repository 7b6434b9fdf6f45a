namespace Xinfang.Core.Cases.Attachments;

/// <summary>Limits on the documents attached to a case, bound from the <c>Attachments</c> configuration section,
/// e.g. <c>Attachments__MaxFileMegabytes=20</c>, <c>Attachments__MaxFilesPerAction=10</c>,
/// <c>Attachments__AllowedTypes__0=pdf</c> … (keys: pdf, jpeg, png, docx, xlsx, doc, xls, mp3, wav, m4a, txt).</summary>
public sealed class AttachmentSettings
{
    public const int DefaultMaxFileMegabytes = 20;
    public const int DefaultMaxFilesPerAction = 10;

    public int MaxFileMegabytes { get; init; } = DefaultMaxFileMegabytes;

    /// <summary>How many files one step (an intake, a reply …) may carry.</summary>
    public int MaxFilesPerAction { get; init; } = DefaultMaxFilesPerAction;

    /// <summary>The allowed type keys; every known type when not configured.</summary>
    public IReadOnlyList<string>? AllowedTypes { get; init; }

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    /// <summary>The allowed types; an unknown key in the configuration is an error at start-up, not a silent gap.</summary>
    public IReadOnlyList<FileType> Allowed => AllowedTypes is { Count: > 0 } keys
        ? keys.Select(k => FileType.ByKey(k) ?? throw new InvalidOperationException(
            $"Attachments:AllowedTypes: unknown type '{k}'; known: {string.Join(", ", FileType.All.Select(t => t.Key))}.")).Distinct().ToList()
        : FileType.All;

    /// <summary>Checks the configuration at start-up. Files are held in memory and in one database value each,
    /// hence the upper bound of 100 MB.</summary>
    public AttachmentSettings Validated()
    {
        if (MaxFileMegabytes is < 1 or > 100)
        {
            throw new InvalidOperationException($"Attachments:MaxFileMegabytes must be 1 to 100, not {MaxFileMegabytes}.");
        }

        if (MaxFilesPerAction is < 1 or > 100)
        {
            throw new InvalidOperationException($"Attachments:MaxFilesPerAction must be 1 to 100, not {MaxFilesPerAction}.");
        }

        _ = Allowed;
        return this;
    }

    /// <summary>The <c>accept</c> attribute of a file input: the allowed extensions.</summary>
    public string AcceptAttribute => string.Join(",", Allowed.SelectMany(t => t.Extensions));

    /// <summary>For people, short: "PDF、JPEG、PNG、DOCX …".</summary>
    public string AllowedNames => string.Join("、", Allowed.Select(t => t.Key.ToUpperInvariant()));
}
