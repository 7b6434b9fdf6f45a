using Xinfang.Core.Common;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;
using Xinfang.Documents.Excel;

namespace Xinfang.Web.Components.Finance;

/// <summary>Reads an uploaded data file by its extension: JSON (docs/finance.md) or the filled workbook template.
/// The parsers apply the input rules; every problem comes back with its field (a JSON path, or sheet!cell).</summary>
public static class FinanceFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static Result<FinalAccounts> Read(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".json")
        {
            using var reader = new StreamReader(content);
            return FinalAccountsJson.Read(reader.ReadToEnd());
        }
        if (extension == ".xlsx")
        {
            return WorkbookTemplateReader.Read(content);
        }
        return Error.Validation("file", "finance.unknown_extension", $"无法识别的文件类型“{extension}”：请上传 .json 或按模板填写的 .xlsx 文件。");
    }
}
